import type { NewListing } from '../schema/listings'
import type { Rng } from './random'
import type { OfferType } from '../../values/listings'

const DAY = 86_400_000
/** How long a published listing stays online before the expiry job ends it. */
export const LISTING_LIFETIME_DAYS = 60

/** The next 1 August that is still ahead of `now`: when German training years start. */
export function nextTrainingStart(now: Date): Date {
  const year = now.getUTCMonth() >= 7 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()
  return new Date(Date.UTC(year, 7, 1))
}

export const toDateString = (d: Date) => d.toISOString().slice(0, 10)

const firstOfMonth = (now: Date, monthsAhead: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsAhead, 1))

/** Training starts on 1 August or 1 September; jobs and internships soon after `now`. */
export function startDate(rng: Rng, offerType: OfferType, now: Date): Date {
  const training = nextTrainingStart(now)
  switch (offerType) {
    case 'ausbildung': {
      // A few places are still open for the running training year ("Nachvermittlung").
      if (rng.chance(0.05)) return firstOfMonth(now, 1)
      return rng.chance(0.62) ? training : new Date(Date.UTC(training.getUTCFullYear(), 8, 1))
    }
    case 'duales-studium':
      return new Date(Date.UTC(training.getUTCFullYear(), rng.pick([7, 8, 9, 9]), 1))
    case 'eq':
      return firstOfMonth(now, rng.int(1, 3))
    case 'praktikum':
      return new Date(now.getTime() + rng.int(14, 90) * DAY)
    case 'job':
      return rng.chance(0.4) ? new Date(now.getTime() + rng.int(0, 14) * DAY) : firstOfMonth(now, rng.int(1, 3))
  }
}

type Lifecycle = Pick<NewListing, 'status' | 'publishedAt' | 'expiresAt' | 'closedReason' | 'createdAt' | 'updatedAt'>

/** ~90 % published in the last 45 days, the rest drafts, filled (closed) or expired. */
export function lifecycle(rng: Rng, now: Date): Lifecycle {
  const status = rng.weighted(['published', 'draft', 'closed', 'expired'] as const, (s) => ({ published: 90, draft: 5, closed: 3, expired: 2 })[s])
  if (status === 'draft') {
    const createdAt = new Date(now.getTime() - rng.int(0, 20 * 24 * 60) * 60_000)
    return { status, publishedAt: null, expiresAt: null, closedReason: null, createdAt, updatedAt: createdAt }
  }
  const ageMinutes = status === 'expired' ? rng.int(61 * 24 * 60, 90 * 24 * 60) : rng.int(30, 45 * 24 * 60)
  const publishedAt = new Date(now.getTime() - ageMinutes * 60_000)
  const expiresAt = new Date(publishedAt.getTime() + LISTING_LIFETIME_DAYS * DAY)
  const createdAt = new Date(publishedAt.getTime() - rng.int(0, 3 * 24 * 60) * 60_000)
  const updatedAt = status === 'published' ? publishedAt : new Date(Math.min(now.getTime(), publishedAt.getTime() + rng.int(5, 40) * DAY))
  return { status, publishedAt, expiresAt, closedReason: status === 'closed' ? 'filled' : null, createdAt, updatedAt }
}

/** A deadline for some listings: spring before a training start, a few weeks out for jobs. */
export function applicationDeadline(rng: Rng, offerType: OfferType, start: Date, now: Date): string | null {
  if (offerType === 'ausbildung' || offerType === 'duales-studium') {
    if (!rng.chance(0.3)) return null
    const deadline = new Date(Date.UTC(start.getUTCFullYear(), rng.int(2, 5), 0))
    return deadline.getTime() > now.getTime() + 14 * DAY ? toDateString(deadline) : null
  }
  if (offerType === 'job' && rng.chance(0.15)) return toDateString(new Date(now.getTime() + rng.int(14, 45) * DAY))
  return null
}
