import { and, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { auditLog, contentReports, counsellingConsents, counsellingNotes, counsellingRecommendations, emailTokens, listings, moderationDecisions, outboundEmails, rateLimits, sessions } from '../../../db/schema'
import { listingEndedAt } from '../listings/listing-end.server'
import { cutoff, type RetentionConfig } from '../retention/retention-config'
import { timestamp } from './sql-time'

const DAY = { amount: 1, unit: 'days' } as const

/** Expired sessions, used or expired mail links, and rate-limit windows over a day old (they hold IP addresses). */
export async function purgeExpiredAccess(now: Date, db: Database = getDb()) {
  const at = timestamp(now)
  const [gone, links, counters] = await Promise.all([
    db.delete(sessions).where(lte(sessions.expiresAt, at)).returning({ id: sessions.id }),
    db.delete(emailTokens).where(or(isNotNull(emailTokens.usedAt), lte(emailTokens.expiresAt, at))).returning({ id: emailTokens.id }),
    // Every window is at most an hour long, so a day-old one counts nothing any more.
    db.delete(rateLimits).where(lte(rateLimits.windowStart, timestamp(cutoff(now, DAY)))).returning({ key: rateLimits.key }),
  ])
  return { sessions: gone.length, emailTokens: links.length, rateLimits: counters.length }
}

const mailTime = sql`coalesce(${outboundEmails.sentAt}, ${outboundEmails.createdAt})`

/** Mail subjects and bodies (with names and sign-in links) go first; the row (recipient, template, time) later. */
export async function trimOutboundMail(now: Date, config: RetentionConfig, db: Database = getDb()) {
  const trimmed = await db
    .update(outboundEmails)
    .set({ subject: '', textBody: '', htmlBody: null, bodyRemovedAt: now })
    .where(and(isNull(outboundEmails.bodyRemovedAt), lte(mailTime, timestamp(cutoff(now, config.mailBody)))))
    .returning({ id: outboundEmails.id })
  const deleted = await db.delete(outboundEmails).where(lte(mailTime, timestamp(cutoff(now, config.mailRecord)))).returning({ id: outboundEmails.id })
  return { trimmed: trimmed.length, deleted: deleted.length }
}

export async function purgeAuditLog(now: Date, config: RetentionConfig, db: Database = getDb()): Promise<number> {
  const gone = await db.delete(auditLog).where(lte(auditLog.at, timestamp(cutoff(now, config.auditLog)))).returning({ id: auditLog.id })
  return gone.length
}

/**
 * A counselling case's notes go when its last contact (the consent, the latest note or pick) is older
 * than the configured months. Revoking the consent deletes them at once (cascade).
 */
export async function purgeCounsellingNotes(now: Date, config: RetentionConfig, db: Database = getDb()): Promise<number> {
  const sameCase = (table: typeof counsellingNotes | typeof counsellingRecommendations) =>
    sql`${table.seekerId} = ${counsellingConsents.seekerId} and ${table.chamberId} = ${counsellingConsents.chamberId}`
  const lastContact = sql`greatest(${counsellingConsents.grantedAt},
    (select max(n.created_at) from ${counsellingNotes} n where n.seeker_id = ${counsellingConsents.seekerId} and n.chamber_id = ${counsellingConsents.chamberId}),
    (select max(${counsellingRecommendations.createdAt}) from ${counsellingRecommendations} where ${sameCase(counsellingRecommendations)}))`
  const gone = await db
    .delete(counsellingNotes)
    .where(sql`exists (select 1 from ${counsellingConsents} where ${sameCase(counsellingNotes)} and ${lastContact} <= ${timestamp(cutoff(now, config.counsellingNotes))})`)
    .returning({ id: counsellingNotes.id })
  return gone.length
}

/** Closed and expired listings stay as the company's history, then lose the contact person's name. */
export async function anonymiseClosedListings(now: Date, config: RetentionConfig, db: Database = getDb()): Promise<number> {
  // updated_at stays: it is when a closed listing was closed, which the dashboard reads.
  const changed = await db
    .update(listings)
    .set({ contactName: null })
    .where(and(inArray(listings.status, ['closed', 'expired']), isNotNull(listings.contactName), lte(listingEndedAt, timestamp(cutoff(now, config.closedListing)))))
    .returning({ id: listings.id })
  return changed.length
}

/** A reporter was told the decision on their report; some months later their name and address go, the report stays. */
export async function forgetReporters(now: Date, config: RetentionConfig, db: Database = getDb()): Promise<number> {
  const decidedBefore = db
    .select({ id: moderationDecisions.id })
    .from(moderationDecisions)
    .where(lte(moderationDecisions.decidedAt, timestamp(cutoff(now, config.reporterContact))))
  const changed = await db
    .update(contentReports)
    .set({ reporterName: null, reporterEmail: null })
    .where(and(inArray(contentReports.decisionId, decidedBefore), or(isNotNull(contentReports.reporterName), isNotNull(contentReports.reporterEmail))))
    .returning({ id: contentReports.id })
  return changed.length
}
