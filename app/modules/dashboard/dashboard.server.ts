import { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, isNull, ne, or, sql, sum } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { applications, listings, listingViewDays } from '../../../db/schema'
import { WAITING_STATUSES } from '../applications/status'
import { berlinDate } from '~/utils/intl'
import { daysBefore } from './days'
import { loadWeeklyTrend, type TrendWeek } from './trend.server'
import { listingEndedAt } from '../listings/listing-end.server'
import type { ListingStatus } from '../../../values/listings'

/** A closed or expired listing stays on the dashboard this long after it ended. */
export const RECENTLY_CLOSED_DAYS = 30
const DAY_MS = 86_400_000

export interface DashboardListing {
  id: number
  title: string
  /** 'expired' also for a published listing whose time ran out before the expiry job came by. */
  status: ListingStatus
  isOpen: boolean
  views: number
  viewsLast7Days: number
  applications: number
  /** Applications nobody has looked at yet (status received). */
  unread: number
  overdue: number
  /** Median time from applying to the company's first answer, in seconds; null before any answer. */
  medianReplySeconds: number | null
}

export interface DashboardTotals {
  openListings: number
  applicationsLast7Days: number
  overdue: number
  medianReplySeconds: number | null
}

export interface EmployerDashboard {
  totals: DashboardTotals
  listings: DashboardListing[]
  trend: TrendWeek[]
}

// Overdue as the applicant lists and the reply-deadline job define it, so every number agrees.
const overdueCount = sql<string>`count(*) filter (where ${applications.overdueAt} is not null and ${inArray(applications.status, [...WAITING_STATUSES])})`
const medianReply = sql<
  string | null
>`percentile_cont(0.5) within group (order by extract(epoch from ${applications.firstReplyAt} - ${applications.createdAt})) filter (where ${isNotNull(applications.firstReplyAt)})`
const toNumber = (value: string | number | null | undefined) => (value == null ? null : Number(value))

const endedAt = listingEndedAt

/**
 * The employer dashboard of one company: its open and recently closed listings with views,
 * applications and reply times, the company's totals and the weekly trend. Every query is scoped
 * to the company in its WHERE clause.
 */
export async function getEmployerDashboard(organizationId: string, now: Date = new Date(), db: Database = getDb()): Promise<EmployerDashboard> {
  const at = sql`${now.toISOString()}::timestamptz`
  const open = and(eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, at)))!
  const since = sql`${new Date(now.getTime() - RECENTLY_CLOSED_DAYS * DAY_MS).toISOString()}::timestamptz`
  const ofCompany = eq(listings.organizationId, organizationId)
  const shown = await db
    .select({ id: listings.id, title: listings.title, status: listings.status, isOpen: sql<boolean>`${open}` })
    .from(listings)
    .where(and(ofCompany, or(open, and(ne(listings.status, 'draft'), isNotNull(listings.publishedAt), gte(endedAt, since)))))
    .orderBy(desc(sql`${open}`), desc(listings.publishedAt), asc(listings.id))
  const ids = shown.map((l) => l.id)
  const today = berlinDate(now)
  const [views, perListing, [company], trend] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({
            listingId: listingViewDays.listingId,
            total: sum(listingViewDays.views),
            recent: sql<string>`coalesce(sum(${listingViewDays.views}) filter (where ${listingViewDays.day} > ${daysBefore(today, 7)}::date), 0)`,
          })
          .from(listingViewDays)
          .where(inArray(listingViewDays.listingId, ids))
          .groupBy(listingViewDays.listingId),
    ids.length === 0
      ? []
      : db
          .select({
            listingId: applications.listingId,
            total: count(),
            unread: sql<string>`count(*) filter (where ${applications.status} = 'received')`,
            overdue: overdueCount,
            medianReply,
          })
          .from(applications)
          .where(inArray(applications.listingId, ids))
          .groupBy(applications.listingId),
    db
      .select({ overdue: overdueCount, medianReply })
      .from(applications)
      .innerJoin(listings, eq(listings.id, applications.listingId))
      .where(ofCompany),
    loadWeeklyTrend(db, organizationId, today),
  ])
  const viewsOf = new Map(views.map((v) => [v.listingId, v]))
  const applicationsOf = new Map(perListing.map((a) => [a.listingId, a]))
  return {
    totals: {
      openListings: shown.filter((l) => l.isOpen).length,
      applicationsLast7Days: trend.at(-1)?.applications ?? 0,
      overdue: Number(company?.overdue ?? 0),
      medianReplySeconds: toNumber(company?.medianReply),
    },
    listings: shown.map((l) => {
      const v = viewsOf.get(l.id)
      const a = applicationsOf.get(l.id)
      return {
        id: l.id,
        title: l.title,
        status: l.status === 'published' && !l.isOpen ? 'expired' : l.status,
        isOpen: l.isOpen,
        views: Number(v?.total ?? 0),
        viewsLast7Days: Number(v?.recent ?? 0),
        applications: Number(a?.total ?? 0),
        unread: Number(a?.unread ?? 0),
        overdue: Number(a?.overdue ?? 0),
        medianReplySeconds: toNumber(a?.medianReply),
      }
    }),
    trend,
  }
}
