import { and, asc, eq, isNotNull, like, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { listings, listingViewDays, organizations } from '../schema'
import { DEMO_SLUG_PREFIX } from './catalog/names'
import { toDateString } from './listing-schedule'
import { createRng } from './random'

/** Changing the seed changes every demo view count; keep it fixed. */
const VIEWS_SEED = 20_260_803
const VIEW_WEEKS = 8
// Any constant works; it only keeps two processes from seeding views at the same moment.
const SEED_LOCK = 0x9a55_7e11
const DAY = 86_400_000

type NewViewDay = typeof listingViewDays.$inferInsert

interface LiveListing {
  id: number
  status: string
  publishedAt: Date
  expiresAt: Date | null
  updatedAt: Date
}

/** The last moment a listing was on the site: closed when closed, expired at its expiry, else still on. */
function endOf(listing: LiveListing, now: Date): number {
  if (listing.status === 'closed') return listing.updatedAt.getTime()
  const expires = listing.expiresAt?.getTime() ?? now.getTime()
  return Math.min(expires, now.getTime())
}

/**
 * Views per day while the listing was online: each listing has its own pull (a few views a day
 * up to a few dozen), new listings draw more in their first week, weekends less.
 */
function planViews(rng: ReturnType<typeof createRng>, listing: LiveListing, now: Date): NewViewDay[] {
  const pull = rng.weighted([1, 3, 6, 12, 25], (n) => ({ 1: 3, 3: 4, 6: 3, 12: 2, 25: 1 })[n] ?? 1)
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  const rows: NewViewDay[] = []
  for (let daysAgo = VIEW_WEEKS * 7 - 1; daysAgo >= 0; daysAgo--) {
    const dayStart = today - daysAgo * DAY
    if (dayStart + DAY <= listing.publishedAt.getTime() || dayStart > endOf(listing, now)) continue
    const weekday = new Date(dayStart).getUTCDay()
    const isWeekend = weekday === 0 || weekday === 6
    const isFresh = dayStart - listing.publishedAt.getTime() < 7 * DAY
    const views = Math.floor(pull * (isWeekend ? 0.6 : 1) * (isFresh ? 1.6 : 1) * (0.4 + rng.next() * 1.2))
    if (views > 0) rows.push({ listingId: listing.id, day: toDateString(new Date(dayStart)), views })
  }
  return rows
}

/**
 * Listing page views of the last eight weeks for every demo company's listings, so the employer
 * dashboard shows figures and a trend. Deterministic for a given `now`. Idempotent: once any demo
 * listing has a view, nothing changes.
 */
export async function seedDemoViews(db: Database, opts: { now?: Date } = {}): Promise<{ created: number }> {
  const now = opts.now ?? new Date()
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`)
    const demo = and(like(organizations.slug, `${DEMO_SLUG_PREFIX}%`), eq(organizations.kind, 'company'))
    const [seen] = await tx
      .select({ id: listingViewDays.listingId })
      .from(listingViewDays)
      .innerJoin(listings, eq(listings.id, listingViewDays.listingId))
      .innerJoin(organizations, eq(organizations.id, listings.organizationId))
      .where(demo)
      .limit(1)
    if (seen) return { created: 0 }
    const live = await tx
      .select({ id: listings.id, status: listings.status, publishedAt: listings.publishedAt, expiresAt: listings.expiresAt, updatedAt: listings.updatedAt })
      .from(listings)
      .innerJoin(organizations, eq(organizations.id, listings.organizationId))
      .where(and(demo, isNotNull(listings.publishedAt)))
      .orderBy(asc(listings.id))
    const rng = createRng(VIEWS_SEED)
    const rows = live.flatMap((l) => planViews(rng, { ...l, publishedAt: l.publishedAt! }, now))
    // One JSON parameter instead of three per row: ~15,000 rows go in as one statement in a fraction of the time.
    const json = JSON.stringify(rows.map((r) => ({ listing_id: r.listingId, day: r.day, views: r.views })))
    await tx.execute(sql`insert into listing_view_days (listing_id, day, views)
      select listing_id, day, views from json_to_recordset(${json}::json) as t(listing_id integer, day date, views integer)
      on conflict do nothing`)
    return { created: rows.length }
  })
}
