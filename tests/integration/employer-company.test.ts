import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppLoadContext } from '@remix-run/node'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedOrganization } from '../../db/seed/factories'
import { seedUser } from '../../db/seed/users'
import { createSession, generateSessionToken, validateSessionToken, type ValidatedSession } from '../../app/modules/auth/session.server'
import { getCompanyProfile } from '../../app/modules/companies/profile.server'
import { action } from '../../app/routes/employer.company'
import { loader as logoLoader } from '../../app/routes/logos.$key'
import { setupAppDatabase } from '../support/app-database'

const uploads = mkdtempSync(join(tmpdir(), 'passgenau-route-logos-'))
process.env.UPLOADS_DIR = uploads
afterAll(() => rmSync(uploads, { recursive: true, force: true }))

const ctx = setupAppDatabase()
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]

let companyId: string
let owner: ValidatedSession
let recruiter: ValidatedSession

async function sessionFor(userId: string) {
  const token = generateSessionToken()
  await createSession(token, userId)
  return (await validateSessionToken(token))!
}

beforeAll(async () => {
  companyId = (await seedOrganization(ctx.db)).id
  owner = await sessionFor((await seedUser(ctx.db, { role: 'employer', memberOf: { organizationId: companyId, role: 'owner' } })).id)
  recruiter = await sessionFor((await seedUser(ctx.db, { role: 'employer', memberOf: { organizationId: companyId, role: 'recruiter' } })).id)
})

const context = (viewer: ValidatedSession): AppLoadContext => ({
  viewer,
  secureCookies: false,
  clientIp: '203.0.113.9',
  requestId: 'test',
  nonce: '',
  logger: pino({ level: 'silent' }),
})

function upload(bytes: Uint8Array, name = 'logo.png') {
  const form = new FormData()
  form.set('intent', 'logo')
  form.set('logo', new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'image/png' }))
  return new Request('http://localhost/employer/company', { method: 'POST', body: form })
}

async function run(request: Request, viewer = owner) {
  try {
    return await action({ request, params: {}, context: context(viewer) })
  } catch (thrown) {
    return thrown
  }
}

type DataResult = { data: { fieldErrors: Record<string, string> }; init: { status: number } }

describe('logo upload through the company page', () => {
  it('answers a file over 1 MB with a field error, not a 500', async () => {
    const big = new Uint8Array(2 * 1024 * 1024)
    big.set(PNG_HEADER)
    const result = (await run(upload(big))) as DataResult
    expect(result.init.status).toBe(413)
    expect(result.data.fieldErrors).toEqual({ logo: 'upload.tooLarge' })
    expect((await getCompanyProfile(companyId)).logoKey).toBeNull()
  })

  it('refuses an HTML page named logo.png by its content', async () => {
    const result = (await run(upload(new TextEncoder().encode('<!doctype html><script>alert(1)</script>')))) as DataResult
    expect(result.init.status).toBe(400)
    expect(result.data.fieldErrors).toEqual({ logo: 'upload.wrongType' })
  })

  it('stores a PNG and serves it publicly with its type and nosniff', async () => {
    const result = (await run(upload(Uint8Array.from(PNG_HEADER)))) as Response
    expect(result.status).toBe(302)
    expect(result.headers.get('Location')).toBe('/employer/company?done=logo')
    const { logoKey } = await getCompanyProfile(companyId)
    const served = await logoLoader({ request: new Request(`http://localhost/logos/${logoKey}`), params: { key: logoKey! }, context: {} as AppLoadContext })
    expect(served.status).toBe(200)
    expect(served.headers.get('Content-Type')).toBe('image/png')
    expect(served.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(Uint8Array.from(PNG_HEADER))
  })

  it('answers 404 for a key that is no logo', async () => {
    const missing = await logoLoader({ request: new Request('http://localhost/logos/x'), params: { key: '0'.repeat(32) }, context: {} as AppLoadContext }).catch((e: unknown) => e)
    expect((missing as Response).status).toBe(404)
  })

  it('refuses a recruiter before reading the upload', async () => {
    const result = (await run(upload(Uint8Array.from(PNG_HEADER)), recruiter)) as Response
    expect(result.status).toBe(403)
  })
})
