import { and, asc, count, desc, eq, gte, isNotNull, lte, min, ne, sql, type AnyColumn } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { applications, listings, organizations, places } from '../../../db/schema'
import type { PlacesFilter } from './places-filter'
import { memberListingConditions, TIME_ZONE, weekStarts } from './places-scope.server'

/** How many weeks the trend shows, the running week included. */
export const TREND_WEEKS = 12

export interface WeekRow {
  /** The Monday the week starts on, YYYY-MM-DD. */
  weekStart: string
  /** Places of the listings first published that week. */
  places: number
  /** Applications received that week (withdrawn ones left out, as everywhere on the dashboard). */
  applications: number
}

export interface OverdueMember {
  companyId: string
  company: string
  slug: string
  /** Applications waiting past the reply deadline. */
  count: number
  /** When the longest-waiting of them became overdue. */
  oldestOverdueAt: string
}

// The zone is inlined, not a parameter: GROUP BY must repeat the selected expression exactly.
const weekOf = (column: AnyColumn) =>
  sql<string>`to_char(date_trunc('week', ${column} at time zone ${sql.raw(`'${TIME_ZONE}'`)}), 'YYYY-MM-DD')`

/** New places and new applications per week, for the last weeks; weeks without any are zero. */
export async function loadWeeklyTrend(chamberId: string, filter: PlacesFilter, now: Date): Promise<WeekRow[]> {
  const db = getDb()
  const weeks = weekStarts(now, TREND_WEEKS)
  // The first Monday at German midnight, as an instant; `now` bounds the other end.
  const from = sql`(${weeks[0]}::date)::timestamp at time zone ${sql.raw(`'${TIME_ZONE}'`)}`
  const until = now.toISOString()
  const scope = memberListingConditions(db, chamberId, filter)
  const publishedWeek = weekOf(listings.publishedAt)
  const appliedWeek = weekOf(applications.createdAt)
  const [published, applied] = await Promise.all([
    db
      .select({ week: publishedWeek, n: sql<number>`sum(${listings.placesCount})::int` })
      .from(listings)
      .innerJoin(places, eq(places.id, listings.placeId))
      .where(and(...scope, isNotNull(listings.publishedAt), gte(listings.publishedAt, from), lte(listings.publishedAt, sql`${until}::timestamptz`)))
      .groupBy(publishedWeek),
    db
      .select({ week: appliedWeek, n: count() })
      .from(applications)
      .innerJoin(listings, eq(listings.id, applications.listingId))
      .innerJoin(places, eq(places.id, listings.placeId))
      .where(and(...scope, ne(applications.status, 'withdrawn'), gte(applications.createdAt, from), lte(applications.createdAt, sql`${until}::timestamptz`)))
      .groupBy(appliedWeek),
  ])
  const placesByWeek = new Map(published.map((r) => [r.week, Number(r.n)]))
  const applicationsByWeek = new Map(applied.map((r) => [r.week, Number(r.n)]))
  return weeks.map((weekStart) => ({ weekStart, places: placesByWeek.get(weekStart) ?? 0, applications: applicationsByWeek.get(weekStart) ?? 0 }))
}

/**
 * Members with applications past the reply deadline (`overdue_at` is set by the worker and cleared by
 * the company's next answer), most overdue first.
 */
export async function loadOverdueMembers(chamberId: string, filter: PlacesFilter): Promise<OverdueMember[]> {
  const db = getDb()
  const oldest = min(applications.overdueAt)
  const rows = await db
    .select({
      companyId: organizations.id,
      company: organizations.name,
      slug: organizations.slug,
      count: count(),
      oldest,
    })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(and(...memberListingConditions(db, chamberId, filter), isNotNull(applications.overdueAt), ne(applications.status, 'withdrawn')))
    .groupBy(organizations.id, organizations.name, organizations.slug)
    .orderBy(desc(count()), asc(oldest), asc(organizations.name))
  return rows.map((r) => ({
    companyId: r.companyId,
    company: r.company,
    slug: r.slug,
    count: Number(r.count),
    oldestOverdueAt: r.oldest!.toISOString(),
  }))
}
