import { and, count, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm'
import { translate } from '~/i18n'
import { getEnv } from '~/utils/env.server'
import { getDb, type Database } from '../../../db/client'
import { applications, listings, organizations } from '../../../db/schema'
import { employerLink, mailCompany } from './notify.server'
import { WAITING_STATUSES } from './status'

export const REMINDER_AFTER_DAYS = 7
export const OVERDUE_AFTER_DAYS = 14
/** Below this many answered applications a median says more about chance than about the company. */
export const REPLY_STATS_MIN_REPLIES = 5
const DAY_MS = 86_400_000

const waitingSince = sql`coalesce(${applications.lastCompanyActionAt}, ${applications.createdAt})`
const isWaiting = inArray(applications.status, [...WAITING_STATUSES])
// Raw SQL parameters go in as ISO text with a cast: postgres.js does not serialise a Date there.
const before = (now: Date, days: number) => sql`${new Date(now.getTime() - days * DAY_MS).toISOString()}::timestamptz`

/**
 * Tells each company's team, once per silence, which applications have waited 7 days for an
 * answer. The applications are marked in the same transaction as the mails are queued, so two
 * workers never both send it; the company's next answer clears the mark for the next silence.
 */
export async function sendReplyReminders(now: Date = new Date(), db: Database = getDb()): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .update(applications)
      .set({ reminderSentAt: now })
      .where(and(isWaiting, isNull(applications.reminderSentAt), isNotNull(applications.seekerId), lte(waitingSince, before(now, REMINDER_AFTER_DAYS))))
      .returning({ id: applications.id, listingId: applications.listingId })
    if (due.length === 0) return 0
    const titles = await tx
      .select({ id: listings.id, title: listings.title, organizationId: listings.organizationId })
      .from(listings)
      .where(inArray(listings.id, [...new Set(due.map((a) => a.listingId))]))
    const byOrganization = new Map<string, Array<{ id: string; title: string }>>()
    for (const app of due) {
      const listing = titles.find((l) => l.id === app.listingId)!
      byOrganization.set(listing.organizationId, [...(byOrganization.get(listing.organizationId) ?? []), { id: app.id, title: listing.title }])
    }
    const origin = getEnv().APP_ORIGIN
    for (const [organizationId, waiting] of byOrganization) {
      await mailCompany(tx, organizationId, 'reply-reminder', (lang) => ({
        count: waiting.length,
        list: waiting.map((a) => translate(lang, 'applications.mail.reminderItem', { title: a.title, link: employerLink(a.id) })).join('\n\n'),
        link: `${origin}/employer/applications`,
      }))
    }
    return due.length
  })
}

/** After 14 days without an answer an application is overdue: counted on /employer and badged in the lists. */
export async function markOverdueApplications(now: Date = new Date(), db: Database = getDb()): Promise<number> {
  const marked = await db
    .update(applications)
    .set({ overdueAt: now })
    .where(and(isWaiting, isNull(applications.overdueAt), isNotNull(applications.seekerId), lte(waitingSince, before(now, OVERDUE_AFTER_DAYS))))
    .returning({ id: applications.id })
  return marked.length
}

/** The worker's round; both steps are safe to run twice. */
export async function runReplyDeadlines(now: Date = new Date()) {
  await sendReplyReminders(now)
  await markOverdueApplications(now)
}

/** How many of the company's applications are overdue now. */
export async function countOverdueApplications(organizationId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .where(and(eq(listings.organizationId, organizationId), isWaiting, isNotNull(applications.overdueAt)))
  return Number(row?.n ?? 0)
}

export interface ReplyStats {
  replies: number
  /** The median time to the first answer, in whole days, rounded up, at least one. */
  medianDays: number
}

/**
 * The company's median time to first reply, or null until it has answered five applications.
 * By id (the employer's pages) or by slug (the public listing page, which knows no ids).
 */
export async function getReplyStats(company: { organizationId: string } | { slug: string }): Promise<ReplyStats | null> {
  const which = 'organizationId' in company ? eq(organizations.id, company.organizationId) : eq(organizations.slug, company.slug)
  const [row] = await getDb()
    .select({
      replies: count(),
      medianSeconds: sql<string | null>`percentile_cont(0.5) within group (order by extract(epoch from ${applications.firstReplyAt} - ${applications.createdAt}))`,
    })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(and(which, isNotNull(applications.firstReplyAt)))
  const replies = Number(row?.replies ?? 0)
  if (replies < REPLY_STATS_MIN_REPLIES || row?.medianSeconds == null) return null
  return { replies, medianDays: Math.max(1, Math.ceil(Number(row.medianSeconds) / 86_400)) }
}
