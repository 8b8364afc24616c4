import { and, eq } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { listings, type Listing } from '../../../db/schema'
import { fromBerlinLocal } from '~/utils/berlin-time'
import { Invalid, NotFound } from '~/utils/errors'
import { assertMayPublish } from '../risk/risk-hold.server'
import { checkListingWording } from './fair-wording'
import { addDays } from '~/utils/calendar-date'
import { isListingId } from './listing-id'

/** A published listing stays up this long unless renewed. */
export const LISTING_LIFETIME_DAYS = 60
const DAY_MS = 86_400_000

export interface Actor {
  id: string
  isVerified: boolean
}

export interface ListingScope {
  organizationId: string
  listingId: number
}

/**
 * The listing if it belongs to the organization, locked for the transaction with `lock`. The
 * organization is part of the WHERE clause, so "someone else's" and "does not exist" are the same 404.
 */
export async function findOwnListing(db: Database, scope: ListingScope, opts: { lock?: boolean } = {}): Promise<Listing> {
  if (!isListingId(scope.listingId)) throw new NotFound('listing')
  const query = db
    .select()
    .from(listings)
    .where(and(eq(listings.id, scope.listingId), eq(listings.organizationId, scope.organizationId)))
  const [row] = opts.lock ? await query.for('update') : await query
  if (!row) throw new NotFound('listing')
  return row
}

export const lockOwnListing = (tx: Database, scope: ListingScope) => findOwnListing(tx, scope, { lock: true })

/**
 * When a listing published or renewed at `now` leaves the site: after 60 days, or at the end of
 * its application deadline (German time) if that comes first.
 */
export function expiryFor(now: Date, applicationDeadline: string | null): Date {
  const lifetime = new Date(now.getTime() + LISTING_LIFETIME_DAYS * DAY_MS)
  if (!applicationDeadline) return lifetime
  // Midnight in Germany after the deadline day: +01:00 in winter, +02:00 in summer.
  const endOfDeadline = fromBerlinLocal(`${addDays(applicationDeadline, 1)}T00:00`)
  if (!endOfDeadline) return lifetime
  return endOfDeadline < lifetime ? endOfDeadline : lifetime
}

/**
 * What publishing needs besides valid fields: a confirmed e-mail address, and every fair-wording
 * hint either fixed or explicitly confirmed.
 */
export function assertPublishable(actor: Actor, texts: { title: string; description: string }, confirmFairWording: boolean) {
  if (!actor.isVerified) throw new Invalid({}, 'employer.listing.publish.unverified')
  if (!confirmFairWording && checkListingWording(texts).length > 0) {
    throw new Invalid({ fairWordingConfirmed: 'employer.fairWording.confirmRequired' }, 'employer.fairWording.found')
  }
}

/** The columns that put a listing on the site at `now`. */
export function publishedColumns(now: Date, applicationDeadline: string | null, publishedAt: Date | null) {
  return {
    status: 'published' as const,
    publishedAt: publishedAt ?? now,
    expiresAt: expiryFor(now, applicationDeadline),
    expiryReminderSentAt: null,
    closedReason: null,
    updatedAt: now,
  }
}

/** Moderation's word stands: a listing it took off the site, or a suspended company's, does not go live again by the provider's hand. */
export async function assertLiftable(tx: Database, listing: Pick<Listing, 'status' | 'organizationId'>) {
  if (listing.status === 'blocked') throw new Invalid({}, 'moderation.listing.blocked')
  await assertMayPublish(tx, listing.organizationId)
}
