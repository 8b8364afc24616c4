import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { listings, organizationMembers, users } from '../../../db/schema'
import { getEnv } from '~/utils/env.server'
import { formatDate } from '~/utils/format'
import { queueMail, type MailTemplate } from '../mail/mail.server'
import { enqueueListingSync } from '../search/outbox-store.server'

/** How long before the expiry the owners hear about it. */
export const EXPIRY_REMINDER_DAYS = 7
const DAY_MS = 86_400_000

const EXPIRING: MailTemplate = 'listing-expiring'

/**
 * Marks published listings past their expiry as expired, and tells search in the same transaction.
 * Safe to run twice: an expired listing no longer matches.
 */
export async function expireListings(now: Date = new Date(), db: Database = getDb()): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(listings)
      .set({ status: 'expired', updatedAt: now })
      .where(and(eq(listings.status, 'published'), lte(listings.expiresAt, now)))
      .returning({ id: listings.id })
    await enqueueListingSync(
      tx,
      expired.map((l) => l.id),
    )
    return expired.length
  })
}

/**
 * Mails the company's owners, in their language, once per listing and period, when a published
 * listing expires within 7 days. The listing is marked in the same transaction as the mails are
 * queued, so two workers never both send it.
 */
export async function sendExpiryReminders(now: Date = new Date(), db: Database = getDb()): Promise<number> {
  const soon = new Date(now.getTime() + EXPIRY_REMINDER_DAYS * DAY_MS)
  return db.transaction(async (tx) => {
    const due = await tx
      .update(listings)
      .set({ expiryReminderSentAt: now })
      .where(and(eq(listings.status, 'published'), isNull(listings.expiryReminderSentAt), gt(listings.expiresAt, now), lte(listings.expiresAt, soon)))
      .returning({ id: listings.id, title: listings.title, organizationId: listings.organizationId, expiresAt: listings.expiresAt })
    if (due.length === 0) return 0
    const owners = await tx
      .select({ organizationId: organizationMembers.organizationId, name: users.name, email: users.email, lang: users.lang })
      .from(organizationMembers)
      .innerJoin(users, eq(users.id, organizationMembers.userId))
      .where(and(inArray(organizationMembers.organizationId, [...new Set(due.map((l) => l.organizationId))]), eq(organizationMembers.role, 'owner')))
    const origin = getEnv().APP_ORIGIN
    for (const listing of due) {
      for (const owner of owners.filter((o) => o.organizationId === listing.organizationId)) {
        const params = { name: owner.name, title: listing.title, date: formatDate(owner.lang, listing.expiresAt!), link: `${origin}/employer/listings/${listing.id}` }
        await queueMail({ to: owner.email, template: EXPIRING, lang: owner.lang, params }, tx)
      }
    }
    return due.length
  })
}

/** The worker's round: take expired listings offline, then warn owners of those expiring soon. */
export async function runListingExpiry(now: Date) {
  await expireListings(now)
  await sendExpiryReminders(now)
}
