import type { AppLoadContext } from '@remix-run/node'
import { pino } from 'pino'
import type { Database } from '../../../db/client'
import { afterAll, beforeAll } from 'vitest'
import { seedListing, seedOrganization, pickPlace } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setSearch } from '../../../search/client'
import { createApplication } from '../../../app/modules/applications/applications.test-helper'
import { createSession, generateSessionToken, validateSessionToken, type ValidatedSession } from '../../../app/modules/auth/session.server'
import { indexListings, prepareListingIndex } from '../../../app/modules/search/search-index.test-helper'
import { setupAppDatabase } from '../../support/app-database'
import { createTestHandler, type Handler } from '../../support/remix-app'
import { createTestSearch } from '../../support/search'

export const ROLES = ['anonymous', 'seeker', 'owner', 'chamber', 'admin'] as const
export type Role = (typeof ROLES)[number]

export interface Site {
  readonly db: Database
  handler: Handler
  viewers: Record<Role, ValidatedSession | null>
  listingId: number
  companySlug: string
  chamberSlug: string
  applicationId: string
  documentId: string
  /** Unexpected errors the app logged while answering (the 500s, with their stack). */
  logged: unknown[]
}

/**
 * The whole site in this process on a fresh database and search index: one person of every role
 * with a real session, a company with a published listing, a chamber, an application with a CV.
 */
export function setupSite(): Site {
  const ctx = setupAppDatabase()
  const site = { viewers: {}, logged: [] } as unknown as Site
  beforeAll(async () => {
    const { db } = ctx
    const search = createTestSearch()
    setSearch(search)
    await prepareListingIndex(db, search)
    const goslar = await pickPlace(db, { name: 'Goslar' })
    const company = await seedOrganization(db, { name: 'Prüfstand GmbH', placeId: goslar.id })
    const chamber = await seedOrganization(db, { kind: 'chamber', name: 'Handwerkskammer Prüfstand' })
    const listing = await seedListing(db, { organizationId: company.id, title: 'Elektroniker/in (m/w/d)' })
    await indexListings(db, search, [listing.id])
    const sessionFor = async (userId: string) => {
      const token = generateSessionToken()
      await createSession(token, userId)
      return validateSessionToken(token)
    }
    const seeker = await seedUser(db, { role: 'seeker' })
    site.viewers.anonymous = null
    site.viewers.seeker = await sessionFor(seeker.id)
    site.viewers.owner = await sessionFor((await seedUser(db, { role: 'employer', memberOf: { organizationId: company.id, role: 'owner' } })).id)
    site.viewers.chamber = await sessionFor((await seedUser(db, { role: 'chamber', memberOf: { organizationId: chamber.id, role: 'counsellor' } })).id)
    site.viewers.admin = await sessionFor((await seedUser(db, { role: 'admin' })).id)
    const application = await createApplication(db, { listingId: listing.id, seekerId: seeker.id })
    Object.assign(site, {
      handler: await createTestHandler(),
      listingId: listing.id,
      companySlug: company.slug,
      chamberSlug: chamber.slug,
      applicationId: application.applicationId,
      documentId: application.documentId,
    })
  })
  afterAll(() => setSearch(undefined))
  Object.defineProperty(site, 'db', { get: () => ctx.db })
  return site
}

const logger = (site: Site) =>
  pino({ level: 'error', hooks: { logMethod: (args) => void site.logged.push(args[0]) } }, { write: () => {} })

export function contextFor(site: Site, role: Role): AppLoadContext {
  return {
    viewer: site.viewers[role],
    secureCookies: false,
    clientIp: `198.51.100.${ROLES.indexOf(role) + 1}`,
    requestId: `fuzz-${role}`,
    nonce: 'test-nonce',
    logger: logger(site),
  }
}

/** One request through the site, as `role`; the path may carry anything, it is not normalised. */
export async function send(site: Site, role: Role, path: string, init: RequestInit = {}): Promise<Response> {
  return site.handler(new Request(`http://localhost${path}`, init), contextFor(site, role))
}

export const formPost = (fields: Record<string, string> | URLSearchParams | string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
})
