import { and, eq, inArray, isNotNull, lte, or, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { applications, listings, organizations, retentionNotices, users } from '../../../db/schema'
import { anonymiseApplications } from '../applications/privacy.server'
import { seekerLink } from '../applications/notify.server'
import { listingEndedAt } from '../listings/listing-end.server'
import { queueMail } from '../mail/mail.server'
import { cutoff, shiftBy, type RetentionConfig } from '../retention/retention-config'
import { formatRetentionDate } from '../retention/retention-text'
import { timestamp } from './sql-time'

/**
 * An application has ended when it was rejected or withdrawn, or when the person was hired and the
 * listing is closed or expired. The end is its last change (a status change or a message), for a
 * hire the later of that and the listing's end.
 */
export const hasEnded = or(
  inArray(applications.status, ['rejected', 'withdrawn']),
  and(eq(applications.status, 'hired'), inArray(listings.status, ['closed', 'expired'])),
)!
export const applicationEndedAt = sql<Date>`case when ${applications.status} = 'hired' then greatest(${applications.updatedAt}, ${listingEndedAt}) else ${applications.updatedAt} end`

const NOTICE = 'application-data'
const noticeOf = and(eq(retentionNotices.kind, NOTICE), eq(retentionNotices.subjectKey, sql`${applications.id}::text`))

/** When an ended application's data goes, as the export and the notice state it. */
export function applicationDeletionDate(endedAt: Date, config: RetentionConfig, noticeSentAt?: Date | null): Date {
  const byRule = shiftBy(endedAt, config.applicationData)
  const afterNotice = noticeSentAt ? shiftBy(noticeSentAt, config.applicationNotice) : null
  return afterNotice && afterNotice > byRule ? afterNotice : byRule
}

/**
 * Tells each seeker, once per application, that its documents, cover letter and messages will be
 * deleted. The notice row is inserted with ON CONFLICT DO NOTHING in the transaction that queues the
 * mail, so with several workers only the one whose insert went in sends it.
 */
export async function sendApplicationNotices(now: Date, config: RetentionConfig, db: Database = getDb()): Promise<number> {
  const dueBy = cutoff(shiftBy(now, config.applicationNotice), config.applicationData)
  const due = await db
    .select({
      id: applications.id,
      endedAt: applicationEndedAt,
      title: listings.title,
      company: organizations.name,
      seeker: { id: users.id, email: users.email, name: users.name, lang: users.lang },
    })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(users, eq(users.id, applications.seekerId))
    .where(and(hasEnded, lte(applicationEndedAt, timestamp(dueBy)), sql`not exists (select 1 from ${retentionNotices} where ${noticeOf})`))
    .limit(500)
  let sent = 0
  for (const app of due) {
    const sentNow = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(retentionNotices)
        .values({ kind: NOTICE, subjectKey: app.id, userId: app.seeker.id, sentAt: now })
        .onConflictDoNothing()
        .returning({ key: retentionNotices.subjectKey })
      if (inserted.length === 0) return false
      const date = applicationDeletionDate(new Date(app.endedAt), config, now)
      await queueMail(
        {
          to: app.seeker.email,
          template: 'application-data-deletion',
          lang: app.seeker.lang,
          params: { name: app.seeker.name, title: app.title, company: app.company, date: formatRetentionDate(app.seeker.lang, date), link: seekerLink(app.id) },
        },
        tx,
      )
      return true
    })
    if (sentNow) sent++
  }
  return sent
}

/**
 * Anonymises ended applications whose period is over and whose seeker was told long enough ago:
 * the company keeps dates, status and occupation for its statistics. Rows another worker holds are
 * skipped (it is anonymising them); a second run finds nothing to do.
 */
export async function anonymiseEndedApplications(now: Date, config: RetentionConfig, db: Database = getDb()): Promise<number> {
  const endedBy = timestamp(cutoff(now, config.applicationData))
  const toldBy = timestamp(cutoff(now, config.applicationNotice))
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(listings, eq(listings.id, applications.listingId))
      .where(
        and(
          isNotNull(applications.seekerId),
          hasEnded,
          lte(applicationEndedAt, endedBy),
          sql`exists (select 1 from ${retentionNotices} where ${noticeOf} and ${retentionNotices.sentAt} <= ${toldBy})`,
        ),
      )
      .limit(500)
      .for('update', { of: applications, skipLocked: true })
    const ids = due.map((a) => a.id)
    if (ids.length === 0) return 0
    await anonymiseApplications(tx, ids)
    // The notice tied the person to the application; it goes with the rest.
    await tx.delete(retentionNotices).where(and(eq(retentionNotices.kind, NOTICE), inArray(retentionNotices.subjectKey, ids)))
    return ids.length
  })
}
