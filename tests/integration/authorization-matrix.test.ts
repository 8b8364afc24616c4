import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { AppLoadContext } from '@remix-run/node'
import { pino } from 'pino'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedListing, seedOrganization } from '../../db/seed/factories'
import { seedUser } from '../../db/seed/users'
import { createApplication, createDocument } from '../../app/modules/applications/applications.test-helper'
import { createSession, generateSessionToken, validateSessionToken } from '../../app/modules/auth/session.server'
import { guardRouteModule } from '../../server/route-edge'
import { setupAppDatabase } from '../support/app-database'
import { area as candidates } from './authorization/candidates'
import { area as chambers } from './authorization/chambers'
import { area as counselling } from './authorization/counselling'
import { area as dashboard } from './authorization/dashboard'
import { area as events } from './authorization/events'
import { area as imports } from './authorization/imports'
import { PUBLIC, employers, everyoneSignedIn, fixture, only, type Entries, type Entry, type Expect, type Fixture, type Outcome, type Role } from './authorization/matrix-kit'
import { area as moderation } from './authorization/moderation'
import { area as places } from './authorization/places'

/**
 * Every route with a loader or an action, and what each kind of person gets from it: the core routes
 * here, each later area in its own file under ./authorization (types and rules in matrix-kit.ts).
 */

const CORE: Entries = {
  '_index.tsx': PUBLIC,
  'jobs._index.tsx': PUBLIC,
  'api.places.ts': PUBLIC,
  '$.tsx': PUBLIC,
  'about.data.tsx': PUBLIC,
  'barrierefreiheit.tsx': PUBLIC,
  'datenschutz.tsx': PUBLIC,
  'impressum.tsx': PUBLIC,
  'healthz.ts': PUBLIC,
  'readyz.ts': PUBLIC,
  'language.ts': PUBLIC,
  'login.tsx': PUBLIC,
  'logout.ts': PUBLIC,
  'register.tsx': PUBLIC,
  'reset-password.tsx': PUBLIC,
  'verify-email.tsx': PUBLIC,
  'invite.tsx': PUBLIC,
  'dev.mail.tsx': PUBLIC,
  'jobs.$listing.tsx': PUBLIC,
  'companies.$slug.tsx': PUBLIC,
  'sitemap[.]xml.ts': PUBLIC,
  'robots[.]txt.ts': PUBLIC,
  'api.v1.listings.ts': PUBLIC,
  'api.v1.listings.$id.ts': PUBLIC,
  'api.v1.openapi[.]json.ts': PUBLIC,
  'alerts.unsubscribe.tsx': PUBLIC,
  'me._index.tsx': { path: '/me', loader: only(['seeker', 'otherSeeker']) },
  'me.account.tsx': { path: '/me/account', loader: everyoneSignedIn, action: { ...everyoneSignedIn, form: { intent: 'change-email' } } },
  'me.export.ts': { path: '/me/export', loader: everyoneSignedIn },
  'me.searches.tsx': { path: '/me/searches', loader: everyoneSignedIn, action: { ...everyoneSignedIn, form: { intent: 'save', query: 'q=Matrix' } } },
  'employer._index.tsx': { path: '/employer', loader: employers },
  'employer.team.tsx': {
    path: '/employer/team',
    loader: employers,
    // Inviting is for owners only: the recruiter of the other company is refused.
    action: { ...employers, otherRecruiter: 403, form: { intent: 'invite', email: 'bad' } },
  },
  'employer.company.tsx': {
    path: '/employer/company',
    loader: employers,
    // Owners edit the profile; recruiters only read it.
    action: { ...employers, otherRecruiter: 403, form: { intent: 'save', name: '' } },
  },
  'employer.listings._index.tsx': {
    path: '/employer/listings',
    loader: employers,
    // The recruiter of company B acting on company A's listing: not found.
    action: { ...employers, otherRecruiter: 404, form: () => ({ intent: 'duplicate', listingId: String(fixture.listingOfA) }) },
  },
  'employer.listings.new.tsx': { path: '/employer/listings/new', loader: employers, action: { ...employers, form: { intent: 'save' } } },
  'employer.listings.$id.tsx': {
    path: '/employer/listings/:id',
    params: () => ({ id: String(fixture.listingOfA) }),
    loader: { ...employers, otherRecruiter: 404 },
    action: { ...employers, otherRecruiter: 404, form: { intent: 'save' } },
  },
  'api.occupations.ts': PUBLIC,
  'logos.$key.ts': PUBLIC,
  'chamber._index.tsx': { path: '/chamber', loader: only(['chamber', 'otherChamber']) },
  'admin._index.tsx': { path: '/admin', loader: only(['admin']), action: { ...only(['admin']), form: { email: 'bad' } } },
  // Applications: `seeker` applied to company A's listing; the other seeker and company B's recruiter get 404.
  // Forms carry invalid input, so the allowed roles get a field error and nothing changes.
  'jobs.$listing_.apply.tsx': {
    path: '/jobs/:listing/apply',
    params: () => ({ listing: String(fixture.listingOfA) }),
    loader: only(['seeker', 'otherSeeker']),
    action: { ...only(['seeker', 'otherSeeker']), form: { coverLetter: 'x'.repeat(5001) } },
  },
  'me.applications._index.tsx': { path: '/me/applications', loader: only(['seeker', 'otherSeeker']) },
  'me.applications.$id.tsx': {
    path: '/me/applications/:id',
    params: () => ({ id: fixture.applicationOfA }),
    loader: { ...only(['seeker', 'otherSeeker']), otherSeeker: 404 },
    action: { ...only(['seeker', 'otherSeeker']), otherSeeker: 404, form: { intent: 'message', text: '' } },
  },
  'employer.applications._index.tsx': { path: '/employer/applications', loader: employers },
  'employer.listings.$id_.applications.tsx': {
    path: '/employer/listings/:id/applications',
    params: () => ({ id: String(fixture.listingOfA) }),
    loader: { ...employers, otherRecruiter: 404 },
    action: { ...employers, otherRecruiter: 404, form: () => ({ intent: 'move', applicationId: fixture.applicationOfA, status: 'bad' }) },
  },
  'employer.listings.$id_.published.tsx': {
    path: '/employer/listings/:id/published',
    params: () => ({ id: String(fixture.listingOfA) }),
    loader: { ...employers, otherRecruiter: 404 },
  },
  'employer.applications.$id.tsx': {
    path: '/employer/applications/:id',
    params: () => ({ id: fixture.applicationOfA }),
    loader: { ...employers, otherRecruiter: 404 },
    action: { ...employers, otherRecruiter: 404, form: { intent: 'note', text: '' } },
  },
  'employer.applications.$id_.documents.$documentId.ts': {
    path: '/employer/applications/:id/documents/:documentId',
    params: () => ({ id: fixture.applicationOfA, documentId: fixture.documentOfA }),
    loader: { ...employers, otherRecruiter: 404 },
  },
  // Seeker pages. `seeker` owns documentOfA; deleting otherSeeker's document is tried by `seeker` first.
  'me.profile.tsx': { path: '/me/profile', loader: only(['seeker', 'otherSeeker']), action: { ...only(['seeker', 'otherSeeker']), form: { intent: 'save', travelKm: 'far' } } },
  'me.documents.tsx': {
    path: '/me/documents',
    loader: only(['seeker', 'otherSeeker']),
    action: { ...only(['seeker', 'otherSeeker']), seeker: 404, form: () => ({ intent: 'delete', id: fixture.documentOfOtherSeeker }) },
  },
  'me.documents.$id.ts': {
    path: '/me/documents/:id',
    params: () => ({ id: fixture.documentOfA }),
    loader: { ...everyoneSignedIn, otherSeeker: 404, owner: 404, otherRecruiter: 404, chamber: 404, otherChamber: 404, admin: 404 },
  },
  'me.bookmarks.tsx': {
    path: '/me/bookmarks',
    loader: only(['seeker', 'otherSeeker']),
    action: { ...only(['seeker', 'otherSeeker']), form: () => ({ intent: 'add', listingId: String(fixture.listingOfA) }) },
  },
  'me.recommendations.tsx': { path: '/me/recommendations', loader: only(['seeker', 'otherSeeker']) },
}

const routesDir = join(__dirname, '../../app/routes')
const ctx = setupAppDatabase()
const viewers = {} as Fixture['viewers']
const AREAS = [imports, dashboard, candidates, chambers, events, places, counselling, moderation]
const MATRIX: Entries = Object.assign({}, CORE, ...AREAS.map((a) => a.entries))

async function sessionFor(userId: string) {
  const token = generateSessionToken()
  await createSession(token, userId)
  return validateSessionToken(token)
}

beforeAll(async () => {
  const companyA = await seedOrganization(ctx.db)
  const companyB = await seedOrganization(ctx.db)
  fixture.listingOfA = (await seedListing(ctx.db, { organizationId: companyA.id })).id
  const chamber = await seedOrganization(ctx.db, { kind: 'chamber' })
  const chamberB = await seedOrganization(ctx.db, { kind: 'chamber' })
  Object.assign(fixture, { db: ctx.db, viewers, companyA: companyA.id, companyB: companyB.id, chamber: chamber.id, chamberB: chamberB.id })
  const make = async (role: 'seeker' | 'employer' | 'chamber' | 'admin', memberOf?: { organizationId: string; role: 'owner' | 'recruiter' | 'counsellor' }) =>
    sessionFor((await seedUser(ctx.db, { role, memberOf })).id)
  viewers.anonymous = null
  viewers.seeker = await make('seeker')
  viewers.otherSeeker = await make('seeker')
  viewers.owner = await make('employer', { organizationId: companyA.id, role: 'owner' })
  viewers.otherRecruiter = await make('employer', { organizationId: companyB.id, role: 'recruiter' })
  viewers.chamber = await make('chamber', { organizationId: chamber.id, role: 'counsellor' })
  viewers.otherChamber = await make('chamber', { organizationId: chamberB.id, role: 'counsellor' })
  viewers.admin = await make('admin')
  const application = await createApplication(ctx.db, { listingId: fixture.listingOfA, seekerId: viewers.seeker!.user.id })
  fixture.applicationOfA = application.applicationId
  fixture.documentOfA = application.documentId
  fixture.documentOfOtherSeeker = (await createDocument(ctx.db, viewers.otherSeeker!.user.id)).id
  for (const area of AREAS) await area.setup?.()
})

function contextFor(role: Role): AppLoadContext {
  return { viewer: viewers[role], secureCookies: false, clientIp: `203.0.113.${Object.keys(viewers).indexOf(role)}`, requestId: 'test', nonce: '', logger: pino({ level: 'silent' }) }
}

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome | number> {
  let result: unknown
  try {
    result = await run()
  } catch (thrown) {
    result = thrown
  }
  if (result instanceof Response) {
    if (result.status === 302 && result.headers.get('Location')?.startsWith('/login')) return 'login'
    if (result.status === 403 || result.status === 404) return result.status
    return result.status < 500 ? 'ok' : result.status
  }
  if (result instanceof Error) throw result
  const status = (result as { init?: { status?: number } } | null)?.init?.status ?? 200
  return status === 403 || status === 404 ? status : status < 500 ? 'ok' : status
}

describe('authorization matrix', () => {
  it('lists every route that has a loader or an action', async () => {
    const files = readdirSync(routesDir).filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('.test.'))
    const withHandlers: string[] = []
    for (const file of files) {
      const mod = await import(join(routesDir, file))
      if (mod.loader || mod.action) withHandlers.push(file)
    }
    expect(withHandlers.sort()).toEqual(Object.keys(MATRIX).sort())
  })

  for (const [file, entry] of Object.entries(MATRIX)) {
    if (entry === PUBLIC) continue
    for (const kind of ['loader', 'action'] as const) {
      const expected = entry[kind]
      if (!expected) continue
      it(`${kind} of ${entry.path} answers each role as expected`, async () => {
        // Behind the route edge, as the server runs it: typed errors become their statuses there.
        const mod = guardRouteModule(await import(join(routesDir, file)))
        const actual: Partial<Record<Role, Outcome | number>> = {}
        const params = entry.params?.() ?? {}
        const path = entry.path.replace(/:(\w+)/g, (_, name: string) => params[name])
        for (const role of Object.keys(viewers) as Role[]) {
          const form = (expected as Entry['action'])?.form
          const init: RequestInit = kind === 'action' ? { method: 'POST', body: new URLSearchParams(typeof form === 'function' ? form() : (form ?? {})) } : {}
          const request = new Request(`http://localhost${path}`, init)
          actual[role] = await outcomeOf(() => mod[kind]({ request, params, context: contextFor(role) }))
        }
        const { form: _form, ...statuses } = expected as Expect & { form?: unknown }
        expect(actual).toEqual(statuses)
      })
    }
  }
})
