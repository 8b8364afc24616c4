import type { LoaderFunctionArgs } from '@remix-run/node'
import type { AppLoadContext } from '@remix-run/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedListing, seedOrganization, pickPlace } from '../../db/seed/factories'
import { getEnv } from '../../app/utils/env.server'
import * as listingLoaderRoute from '../../app/routes/jobs.$listing'
import * as companyLoaderRoute from '../../app/routes/companies.$slug'
import { loader as sitemapLoader } from '../../app/routes/sitemap[.]xml'
import { loader as robotsLoader } from '../../app/routes/robots[.]txt'
import { guardRouteModule } from '../../server/route-edge'
import { setupAppDatabase } from '../support/app-database'

// Through the route edge, as the server runs them: typed errors become their statuses there.
const listingLoader = guardRouteModule(listingLoaderRoute).loader as (args: LoaderFunctionArgs) => Promise<unknown>
const companyLoader = guardRouteModule(companyLoaderRoute).loader as (args: LoaderFunctionArgs) => Promise<unknown>

const ctx = setupAppDatabase()
const context = {} as AppLoadContext
const origin = getEnv().APP_ORIGIN
const ids: Record<string, number> = {}
let companySlug = ''
let chamberSlug = ''

async function run(load: () => Promise<unknown>): Promise<{ status: number; body: unknown; location?: string | null }> {
  try {
    const result = await load()
    if (result instanceof Response) return { status: result.status, body: result, location: result.headers.get('Location') }
    // Single fetch: `data(value, { status })` comes back as a DataWithResponseInit.
    const withInit = result as { type?: string; data?: unknown; init?: { status?: number } }
    if (withInit?.type === 'DataWithResponseInit') return { status: withInit.init?.status ?? 200, body: withInit.data }
    return { status: 200, body: result }
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, body: null, location: thrown.headers.get('Location') }
    const init = (thrown as { type?: string; init?: { status?: number } }).type === 'DataWithResponseInit' ? (thrown as { init?: { status?: number } }).init : undefined
    if (init) return { status: init.status ?? 500, body: null }
    throw thrown
  }
}

const listingPage = (slugPart: string, search = '') =>
  run(() => listingLoader({ request: new Request(`http://localhost/jobs/${slugPart}${search}`), params: { listing: slugPart }, context }))
const companyPage = (slug: string, search = '') =>
  run(() => companyLoader({ request: new Request(`http://localhost/companies/${slug}${search}`), params: { slug }, context }))

beforeAll(async () => {
  const { db } = ctx
  const goslar = await pickPlace(db, { name: 'Goslar' })
  const company = await seedOrganization(db, { name: 'Seitenbau GmbH', placeId: goslar.id })
  companySlug = company.slug
  chamberSlug = (await seedOrganization(db, { kind: 'chamber' })).slug
  ids.open = (await seedListing(db, { organizationId: company.id, title: 'Koch/Köchin (m/w/d)' })).id
  ids.sibling = (await seedListing(db, { organizationId: company.id, title: 'Azubi Koch/Köchin (m/w/d)' })).id
  ids.closed = (await seedListing(db, { organizationId: company.id, title: 'Besetzt (m/w/d)', status: 'closed' })).id
  ids.draft = (await seedListing(db, { organizationId: company.id, status: 'draft', publishedAt: null })).id
})

describe('listing page /jobs/:id-slug', () => {
  it('shows an open listing with JSON-LD, canonical URL and the employer’s other listings', async () => {
    const { status, body } = await listingPage(`${ids.open}-koch-koechin-m-w-d`, '?where=Goslar')
    expect(status).toBe(200)
    const page = body as { gone: false; canonical: string; jsonLd: string; others: Array<{ id: number }>; distance: { km: number; from: string } }
    expect(page.gone).toBe(false)
    expect(page.canonical).toBe(`${origin}/jobs/${ids.open}-koch-koechin-m-w-d`)
    expect(JSON.parse(page.jsonLd)).toMatchObject({ '@type': 'JobPosting', title: 'Koch/Köchin (m/w/d)', url: page.canonical })
    expect(page.jsonLd).not.toContain('<')
    expect(page.others.map((o) => o.id)).toEqual([ids.sibling])
    expect(page.distance.from).toBe('Goslar')
  })

  it('redirects a wrong or missing slug permanently to the canonical address, keeping the query', async () => {
    const wrong = await listingPage(`${ids.open}-alter-titel`, '?where=Goslar')
    expect(wrong.status).toBe(301)
    expect(wrong.location).toBe(`/jobs/${ids.open}-koch-koechin-m-w-d?where=Goslar`)
    const bare = await listingPage(String(ids.open))
    expect(bare.status).toBe(301)
    expect(bare.location).toBe(`/jobs/${ids.open}-koch-koechin-m-w-d`)
  })

  it('answers 404 for a draft, an unknown id and a malformed address', async () => {
    expect((await listingPage(`${ids.draft}-entwurf`)).status).toBe(404)
    expect((await listingPage('999999999-nichts')).status).toBe(404)
    expect((await listingPage('koch-123')).status).toBe(404)
  })

  it('answers 410 for a closed listing with similar open listings and no JSON-LD', async () => {
    const { status, body } = await listingPage(`${ids.closed}-besetzt-m-w-d`)
    expect(status).toBe(410)
    const page = body as { gone: true; similar: Array<{ id: number }> }
    expect(page.gone).toBe(true)
    expect(page).not.toHaveProperty('jsonLd')
    expect(page.similar.map((s) => s.id)).toEqual(expect.arrayContaining([ids.open, ids.sibling]))
  })
})

describe('company page /companies/:slug', () => {
  it('shows a company with its open listings', async () => {
    const { status, body } = await companyPage(companySlug)
    expect(status).toBe(200)
    const page = body as { company: { name: string }; listings: { total: number }; canonical: string }
    expect(page.company.name).toBe('Seitenbau GmbH')
    expect(page.listings.total).toBe(2)
    expect(page.canonical).toBe(`${origin}/companies/${companySlug}`)
  })

  it('answers 404 for a chamber, an unknown slug and a page past the end', async () => {
    expect((await companyPage(chamberSlug)).status).toBe(404)
    expect((await companyPage('gibt-es-nicht')).status).toBe(404)
    expect((await companyPage(companySlug, '?page=3')).status).toBe(404)
  })
})

describe('sitemap.xml and robots.txt', () => {
  it('serves the sitemap as XML with open listings only', async () => {
    const response = (await sitemapLoader({ request: new Request('http://localhost/sitemap.xml'), params: {}, context })) as Response
    expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8')
    const xml = await response.text()
    expect(xml).toContain(`${origin}/jobs/${ids.open}-koch-koechin-m-w-d`)
    expect(xml).not.toContain(`/jobs/${ids.closed}-`)
    expect(xml).not.toContain(`/jobs/${ids.draft}-`)
    const missing = (await sitemapLoader({ request: new Request('http://localhost/sitemap.xml?part=9'), params: {}, context })) as Response
    expect(missing.status).toBe(404)
  })

  it('allows crawling, closes private areas and points at the sitemap', async () => {
    const text = await (robotsLoader() as Response).text()
    expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/)
    for (const area of ['/me', '/employer', '/chamber', '/admin', '/api/']) expect(text).toContain(`Disallow: ${area}\n`)
    expect(text).toContain('Allow: /api/v1/openapi.json')
    expect(text).toContain(`Sitemap: ${origin}/sitemap.xml`)
  })
})
