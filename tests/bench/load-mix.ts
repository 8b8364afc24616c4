import { hash } from '@node-rs/argon2'
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { listings, organizations, users } from '../../db/schema'
import { seedListing, seedOrganization } from '../../db/seed/factories'
import { buildUser } from '../../db/seed/users'
import { apply, changeStatus, signIn, SiteError, type Visit } from '../support/site-client'
import { benchQueries } from './queries'

export const KINDS = ['search-fresh', 'search-repeated', 'listing-page', 'company-page', 'sign-in', 'apply', 'status-change'] as const
export type Kind = (typeof KINDS)[number]

export interface Sample {
  kind: Kind
  ms: number
  /** HTTP status; 0 when the request failed without an answer. */
  status: number
}

const PASSWORD = 'harz-load-2026'
const STATUS_CYCLE = ['in_review', 'interview', 'offer', 'hired'] as const
const APPLY_QUOTA = 20 // the per-seeker limit of applications per hour

interface Seeker {
  email: string
  cookie?: string
  applied: number
  busy: boolean
}

interface Application {
  id: string
  cookie: string
  step: number
  busy: boolean
}

export interface MixData {
  seekers: Seeker[]
  /** Listings the seekers apply to, and the session of each one's company owner. */
  targets: Array<{ listingId: number; ownerCookie: string }>
  listingPaths: string[]
  companyPaths: string[]
}

/**
 * The accounts the write traffic needs: seekers (one password hash for all: hashing 300 times would
 * only slow the set-up) and ten companies with five listings each, whose owners are signed in.
 */
export async function prepareMix(db: Database, visit: Visit, opts: { seekers: number }): Promise<MixData> {
  const passwordHash = await hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 })
  const seekerRows = await db
    .insert(users)
    .values(Array.from({ length: opts.seekers }, (_, i) => ({ ...buildUser({ email: `load-seeker-${i}@example.org` }), passwordHash })))
    .returning({ email: users.email })
  const targets: MixData['targets'] = []
  for (let c = 0; c < 10; c++) {
    const company = await seedOrganization(db)
    const [owner] = await db
      .insert(users)
      .values({ ...buildUser({ email: `load-owner-${c}@example.org`, role: 'employer' }), passwordHash })
      .returning({ id: users.id, email: users.email })
    await db.execute(sql`insert into organization_members (organization_id, user_id, role) values (${company.id}, ${owner.id}, 'owner')`)
    const ownerCookie = await signIn(visit, owner.email, PASSWORD)
    for (let l = 0; l < 5; l++) targets.push({ listingId: (await seedListing(db, { organizationId: company.id })).id, ownerCookie })
  }
  const open = and(eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, sql`now()`)))
  const listingIds = await db.select({ id: listings.id }).from(listings).where(open).limit(2_000)
  const slugs = await db.select({ slug: organizations.slug }).from(organizations).where(eq(organizations.kind, 'company')).limit(500)
  return {
    seekers: seekerRows.map((row) => ({ email: row.email, applied: 0, busy: false })),
    targets,
    listingPaths: listingIds.map((row) => `/jobs/${row.id}`),
    companyPaths: slugs.map((row) => `/companies/${row.slug}`),
  }
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]

async function timedGet(kind: Kind, visit: Visit, path: string, fresh: boolean): Promise<Sample> {
  const started = performance.now()
  try {
    const response = await fetch(`${visit.baseUrl}${path}`, {
      headers: { accept: 'text/html', 'x-forwarded-for': visit.clientIp, ...(fresh ? { 'cache-control': 'no-cache' } : {}) },
      redirect: 'manual',
    })
    await response.arrayBuffer()
    return { kind, ms: performance.now() - started, status: response.status }
  } catch {
    return { kind, ms: performance.now() - started, status: 0 }
  }
}

async function timed(kind: Kind, work: () => Promise<unknown>): Promise<Sample> {
  const started = performance.now()
  try {
    await work()
    return { kind, ms: performance.now() - started, status: 200 }
  } catch (error) {
    return { kind, ms: performance.now() - started, status: error instanceof SiteError ? error.status : 0 }
  }
}

/**
 * The traffic: 70 % searches on /jobs (half fresh — `Cache-Control: no-cache`, computed by the
 * engine — half repeated, which the answer cache may serve), 20 % listing and company pages, 10 %
 * sign-ins, applications and status changes, in equal parts.
 */
export function createMix(data: MixData) {
  const queries = benchQueries(new Date()).map((q) => `/jobs?${q.query}`)
  const applications: Application[] = []

  const signInSomeone = (visit: Visit) => {
    const seeker = pick(data.seekers)
    return timed('sign-in', async () => {
      seeker.cookie = await signIn(visit, seeker.email, PASSWORD)
    })
  }

  let cursor = 0
  const applySomewhere = async (visit: Visit): Promise<Sample> => {
    const limit = Math.min(APPLY_QUOTA, data.targets.length)
    for (let tries = 0; tries < data.seekers.length; tries++) {
      const index = cursor++ % data.seekers.length
      const seeker = data.seekers[index]
      if (!seeker.cookie || seeker.busy || seeker.applied >= limit) continue
      // Each seeker walks the listings from its own starting point: every company gets applicants.
      const target = data.targets[(index * 7 + seeker.applied++) % data.targets.length]
      seeker.busy = true
      const sample = await timed('apply', async () => {
        const id = await apply(visit, seeker.cookie!, target.listingId)
        applications.push({ id, cookie: target.ownerCookie, step: 0, busy: false })
      })
      seeker.busy = false
      return sample
    }
    return signInSomeone(visit)
  }

  const moveSomething = async (visit: Visit): Promise<Sample> => {
    const candidates = applications.filter((a) => !a.busy && a.step < STATUS_CYCLE.length)
    if (candidates.length === 0) return applySomewhere(visit)
    const application = pick(candidates)
    application.busy = true
    const sample = await timed('status-change', () => changeStatus(visit, application.cookie, application.id, STATUS_CYCLE[application.step]))
    application.step++
    application.busy = false
    return sample
  }

  return async function next(visit: Visit): Promise<Sample> {
    const r = Math.random()
    if (r < 0.35) return timedGet('search-fresh', visit, pick(queries), true)
    if (r < 0.7) return timedGet('search-repeated', visit, pick(queries), false)
    if (r < 0.8) return timedGet('listing-page', visit, pick(data.listingPaths), false)
    if (r < 0.9) return timedGet('company-page', visit, pick(data.companyPaths), false)
    const w = Math.random()
    if (w < 1 / 3) return signInSomeone(visit)
    if (w < 2 / 3) return applySomewhere(visit)
    return moveSomething(visit)
  }
}

/** Runs `next` with `concurrency` loops for `seconds`, alternating the web processes' ports. */
export async function driveLoad(baseUrls: string[], next: (visit: Visit) => Promise<Sample>, opts: { concurrency: number; seconds: number; onProgress?: (done: number) => void }): Promise<Sample[]> {
  const samples: Sample[] = []
  const endAt = Date.now() + opts.seconds * 1000
  let counter = 0
  const progress = setInterval(() => opts.onProgress?.(samples.length), 30_000)
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (Date.now() < endAt) {
        const i = counter++
        // Client addresses from the benchmarking range (RFC 2544), as a proxy would forward them.
        const visit = { baseUrl: baseUrls[i % baseUrls.length], clientIp: `198.18.${(i >> 8) & 255}.${i & 255}` }
        samples.push(await next(visit))
      }
    }),
  )
  clearInterval(progress)
  return samples
}
