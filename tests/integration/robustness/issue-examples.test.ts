import { describe, expect, it } from 'vitest'
import { formPost, send, setupSite, type Role } from './site'

/* Each input the probe of the site answered with a 500 now gets a 4xx (or succeeds), and changes nothing it refuses. */

const site = setupSite()

const expect4xx = async (role: Role, path: string, init?: RequestInit) => {
  const response = await send(site, role, path, init)
  expect(response.status, `${role} ${init?.method ?? 'GET'} ${path}`).toBeGreaterThanOrEqual(400)
  expect(response.status, `${role} ${init?.method ?? 'GET'} ${path}`).toBeLessThan(500)
  return response
}

const multipart = (fileName: string, fields: Record<string, string>, field = 'file', bytes = '%PDF-1.4\n%%EOF\n') => {
  const boundary = 'exampleBoundary'
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
  const file = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n${bytes}\r\n`
  return { method: 'POST', headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body: `${parts.join('')}${file}--${boundary}--\r\n` }
}

describe('a NUL byte', () => {
  it('in a parameter or a path is refused with 400', async () => {
    for (const path of ['/api/v1/listings?where=%00', '/jobs?where=%00', '/jobs.data?where=%00', '/api/places?q=%00', '/api/occupations?q=%00', '/companies/%00', '/chambers/%00'])
      expect((await expect4xx('anonymous', path)).status).toBe(400)
    expect((await expect4xx('owner', '/employer/candidates?where=%00')).status).toBe(400)
  })

  it('in a public API parameter is refused in a way a partner page can read cross-origin', async () => {
    const response = await expect4xx('anonymous', '/api/v1/listings?where=%00')
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('in a form field is refused next to the field, keeping what was typed', async () => {
    const cases: Array<[Role, string, Record<string, string>]> = [
      ['seeker', '/me/profile', { intent: 'save', skills: 'Schweißen\u0000', homePlace: 'Goslar\u0000' }],
      ['seeker', `/me/applications/${site.applicationId}`, { intent: 'message', text: 'Hallo\u0000' }],
      ['owner', `/employer/applications/${site.applicationId}`, { intent: 'note', text: 'Notiz\u0000' }],
      ['owner', '/employer/company', { intent: 'save', name: 'Prüfstand GmbH', description: 'Wir\u0000' }],
      ['owner', '/employer/listings/new', { intent: 'save', title: 'Koch\u0000', description: 'Text\u0000' }],
      ['chamber', '/chamber/events', { intent: 'create', title: 'Messe\u0000' }],
      ['chamber', '/chamber/campaigns', { intent: 'create', title: 'Kampagne\u0000' }],
      ['owner', '/employer/listings/import', { intent: 'check', text: 'title;description\nKoch\u0000;Text' }],
    ]
    for (const [role, path, fields] of cases) {
      const response = await expect4xx(role, `${path}.data`, formPost(fields))
      expect(response.status).toBe(400)
      expect(await response.text()).toContain('input.controlCharacters')
    }
  })

  it('inside an uploaded import file is refused as a file error', async () => {
    const csv = 'title;description\nKoch\u0000;Text\n'
    const response = await send(site, 'owner', '/employer/listings/import', multipart('angebote.csv', { intent: 'check' }, 'file', csv))
    expect(response.status).toBeLessThan(500)
    expect(await response.text()).toContain('Steuerzeichen')
  })
})

describe('impossible dates', () => {
  for (const day of ['2027-13-01', '2027-01-32', '0000-00-00']) {
    it(`refuses ${day} with 400 on the listing form, campaigns and promotions`, async () => {
      await expect4xx('owner', '/employer/listings/new', formPost({ intent: 'save', title: 'Koch/Köchin (m/w/d)', startDate: day, applicationDeadline: day }))
      await expect4xx('chamber', '/chamber/campaigns', formPost({ intent: 'create', title: 'Sommer', startsOn: day, endsOn: day }))
      await expect4xx('chamber', '/chamber/promotions', formPost({ intent: 'feature', listingId: String(site.listingId), startsOn: day, endsOn: day }))
      const response = await send(site, 'owner', '/employer/listings/import', formPost({ intent: 'check', text: `title;startDate\nKoch/Köchin (m/w/d);${day}\n` }))
      expect(response.status).toBeLessThan(500)
    })
  }
})

describe('file names', () => {
  for (const name of ['Lebenslauf; 2024.pdf', 'a=b.pdf', 'a"b.pdf', 'Zeile\r\nUmbruch.pdf']) {
    it(`never give a 500 for ${JSON.stringify(name)}, on documents and the company logo`, async () => {
      for (const [role, path, fields, field] of [
        ['seeker', '/me/documents', { intent: 'upload', kind: 'cv' }, 'file'],
        ['owner', '/employer/company', { intent: 'logo' }, 'logo'],
      ] as const) {
        const response = await send(site, role, path, multipart(name, fields, field))
        expect(response.status, `${path} ${name}`).toBeLessThan(500)
      }
    })
  }

  it('keeps a CV named with a semicolon or an equals sign, as browsers send them', async () => {
    for (const name of ['Lebenslauf; 2024.pdf', 'a=b.pdf']) {
      const response = await send(site, 'seeker', '/me/documents', multipart(name, { intent: 'upload', kind: 'cv' }))
      expect(response.status).toBe(302)
    }
    const page = await (await send(site, 'seeker', '/me/documents')).text()
    expect(page).toContain('Lebenslauf; 2024.pdf')
    expect(page).toContain('a=b.pdf')
  })
})

describe('a form post in the wrong encoding', () => {
  const encodings: Array<[string, RequestInit]> = [
    ['JSON', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":"a@b.de"}' }],
    ['text/plain', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'email=a@b.de' }],
    ['no Content-Type', { method: 'POST', body: null }],
    ['multipart without boundary', { method: 'POST', headers: { 'Content-Type': 'multipart/form-data' }, body: 'email=a@b.de' }],
  ]
  for (const [name, init] of encodings) {
    it(`is answered 415 (${name})`, async () => {
      expect((await expect4xx('anonymous', '/login', init)).status).toBe(415)
      expect((await expect4xx('seeker', '/me/profile', init)).status).toBe(415)
      expect((await expect4xx('anonymous', '/language', init)).status).toBe(415)
    })
  }

  it('is answered 400 when multipart is cut off', async () => {
    const init = { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=b' }, body: '--b\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b' }
    expect((await expect4xx('anonymous', '/login', init)).status).toBe(400)
  })
})

describe('open redirects', () => {
  const BYPASSES = ['/./\\evil.example', '/a/../\\evil.example', '/%09/evil.example', '/\\evil.example', '//evil.example', 'https://evil.example', 'javascript:alert(1)', '/%0A/x', '/%E3%80%82/x', '/\t/evil.example']
  const sameSite = (location: string | null) => {
    expect(location).toMatch(/^\/(?![/\\])/)
    expect(new URL(location!, 'https://passgenau.example/login').origin).toBe('https://passgenau.example')
  }

  it('GET /login while signed in stays on the site', async () => {
    for (const target of BYPASSES) {
      const response = await send(site, 'seeker', `/login?redirectTo=${encodeURIComponent(target)}`)
      expect(response.status).toBe(302)
      sameSite(response.headers.get('Location'))
    }
  })

  it('the language switch stays on the site', async () => {
    for (const target of BYPASSES) {
      const response = await send(site, 'anonymous', '/language', formPost({ lang: 'en', redirectTo: target }))
      expect(response.status).toBe(302)
      sameSite(response.headers.get('Location'))
    }
  })
})
