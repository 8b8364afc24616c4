import { and, eq } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { listings } from '../../../db/schema'
import { Invalid } from '~/utils/errors'
import { enqueueListingSync } from '../search/outbox-store.server'
import type { CloseReason } from './listing-form'
import { berlinToday } from '~/utils/calendar-date'
import { checkListingInput, toFormValues } from './listing-input.server'
import { parseListingForm } from './listing-form.schema'
import { holdIfRisky } from '../risk/risk-hold.server'
import { assertLiftable, assertPublishable, expiryFor, lockOwnListing, publishedColumns, type Actor, type ListingScope } from './listing-rules.server'
import { getPlaceChoice } from './place-input.server'

const own = (scope: ListingScope) => and(eq(listings.id, scope.listingId), eq(listings.organizationId, scope.organizationId))

/**
 * Puts a draft (or an expired listing) on the site. The stored listing is checked again as if it
 * were typed today: a start date or deadline that has passed since the draft was saved is refused.
 */
export async function publishListing(opts: ListingScope & { actor: Actor; confirmFairWording?: boolean; now?: Date }): Promise<void> {
  const now = opts.now ?? new Date()
  await getDb().transaction(async (tx) => {
    const listing = await lockOwnListing(tx, opts)
    if (listing.status === 'closed') throw new Invalid({}, 'employer.listing.closedReadOnly')
    if (listing.status === 'published') return
    await assertLiftable(tx, listing)
    const values = toFormValues(listing, await getPlaceChoice(listing.placeId, tx))
    const stored = parseListingForm({ ...values, benefits: listing.benefits, workplaceLanguages: listing.workplaceLanguages })
    await checkListingInput(tx, stored, { today: berlinToday(now) })
    assertPublishable(opts.actor, listing, Boolean(opts.confirmFairWording))
    await tx.update(listings).set(publishedColumns(now, listing.applicationDeadline, listing.publishedAt)).where(own(opts))
    await holdIfRisky(tx, listing.id, now)
    await enqueueListingSync(tx, [listing.id])
  })
}

/** Takes a listing off the site for good, saying why. */
export async function closeListing(opts: ListingScope & { reason: CloseReason; now?: Date }): Promise<void> {
  const now = opts.now ?? new Date()
  await getDb().transaction(async (tx) => {
    const listing = await lockOwnListing(tx, opts)
    if (listing.status !== 'published' && listing.status !== 'expired') throw new Invalid({}, 'employer.listing.close.notOpen')
    await tx
      .update(listings)
      .set({ status: 'closed', closedReason: opts.reason, updatedAt: now })
      .where(own(opts))
    await enqueueListingSync(tx, [listing.id])
  })
}

/**
 * "Verlängern": another 60 days from now (or until the deadline), for a published or expired
 * listing. The expiry reminder is reset so the new period gets its own.
 */
export async function renewListing(opts: ListingScope & { actor: Actor; now?: Date }): Promise<void> {
  const now = opts.now ?? new Date()
  await getDb().transaction(async (tx) => {
    const listing = await lockOwnListing(tx, opts)
    if (listing.status !== 'published' && listing.status !== 'expired') throw new Invalid({}, 'employer.listing.renew.notOpen')
    if (!opts.actor.isVerified) throw new Invalid({}, 'employer.listing.publish.unverified')
    await assertLiftable(tx, listing)
    if (expiryFor(now, listing.applicationDeadline) <= now) throw new Invalid({}, 'employer.listing.renew.deadlinePassed')
    await tx.update(listings).set(publishedColumns(now, listing.applicationDeadline, listing.publishedAt)).where(own(opts))
    await enqueueListingSync(tx, [listing.id])
  })
}
