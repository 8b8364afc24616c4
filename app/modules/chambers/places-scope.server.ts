import { and, eq, inArray, type SQL } from 'drizzle-orm'
import { berlinDate } from '~/utils/intl'
import type { Database } from '../../../db/client'
import { chamberMemberships, listings, places } from '../../../db/schema'
import type { PlacesFilter } from './places-filter'

/** Dates are counted in the Harz's time zone, so a week starts on Monday at German midnight. */
export const TIME_ZONE = 'Europe/Berlin'

/** The companies whose numbers a chamber sees: its verified members, and nobody else. */
export function verifiedMembers(db: Database, chamberId: string) {
  return db
    .select({ companyId: chamberMemberships.companyId })
    .from(chamberMemberships)
    .where(and(eq(chamberMemberships.chamberId, chamberId), eq(chamberMemberships.status, 'verified')))
}

/**
 * The conditions every figure of the dashboard shares: listings of the chamber's verified members,
 * narrowed by the filter. Queries using it must join `places` on the listing's place.
 */
export function memberListingConditions(db: Database, chamberId: string, filter: PlacesFilter): SQL[] {
  const conditions = [inArray(listings.organizationId, verifiedMembers(db, chamberId))]
  if (filter.offerType !== 'all') conditions.push(eq(listings.offerType, filter.offerType))
  if (filter.district) conditions.push(eq(places.district, filter.district))
  return conditions
}

/** A YYYY-MM-DD day moved by whole days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The Mondays of the `count` weeks up to and including the week of `now`, oldest first. */
export function weekStarts(now: Date, count: number): string[] {
  const today = berlinDate(now)
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7
  const monday = addDays(today, -weekday)
  return Array.from({ length: count }, (_, i) => addDays(monday, (i - count + 1) * 7))
}
