import { and, count, eq, sql, sum } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { applications, listings, listingViewDays } from '../../../db/schema'
import { daysBefore, TIME_ZONE } from './days'

export const TREND_WEEKS = 8

export interface TrendWeek {
  /** First and last calendar day of the week, 'YYYY-MM-DD'; the last week ends today. */
  from: string
  to: string
  views: number
  applications: number
}

/**
 * Views and applications of the company's listings in the last eight weeks, oldest week first. The
 * weeks are the seven-day stretches ending today, so the last one is always a whole week and is
 * the "last 7 days" of the totals.
 */
export async function loadWeeklyTrend(db: Database, organizationId: string, today: string): Promise<TrendWeek[]> {
  const first = daysBefore(today, TREND_WEEKS * 7 - 1)
  const viewWeek = sql<number>`((${today}::date - ${listingViewDays.day}) / 7)::int`
  const appliedOn = sql`(${applications.createdAt} at time zone ${TIME_ZONE})::date`
  const applicationWeek = sql<number>`((${today}::date - ${appliedOn}) / 7)::int`
  // By position: the week expression carries a parameter, and PostgreSQL does not match two parameters as one expression.
  const byFirstColumn = sql`1`
  const [views, applied] = await Promise.all([
    db
      .select({ week: viewWeek, n: sum(listingViewDays.views) })
      .from(listingViewDays)
      .innerJoin(listings, eq(listings.id, listingViewDays.listingId))
      .where(and(eq(listings.organizationId, organizationId), sql`${listingViewDays.day} between ${first}::date and ${today}::date`))
      .groupBy(byFirstColumn),
    db
      .select({ week: applicationWeek, n: count() })
      .from(applications)
      .innerJoin(listings, eq(listings.id, applications.listingId))
      .where(and(eq(listings.organizationId, organizationId), sql`${appliedOn} between ${first}::date and ${today}::date`))
      .groupBy(byFirstColumn),
  ])
  return Array.from({ length: TREND_WEEKS }, (_, i) => {
    const weeksAgo = TREND_WEEKS - 1 - i
    return {
      from: daysBefore(today, weeksAgo * 7 + 6),
      to: daysBefore(today, weeksAgo * 7),
      views: Number(views.find((v) => Number(v.week) === weeksAgo)?.n ?? 0),
      applications: Number(applied.find((a) => Number(a.week) === weeksAgo)?.n ?? 0),
    }
  })
}
