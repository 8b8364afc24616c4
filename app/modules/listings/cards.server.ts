import { and, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm'
import { listings, organizations, places, type Listing } from '../../../db/schema'
import { isHarzDistrictCode } from '../reference/harz-districts'

/** A listing as a card shows it (the shape `ListingCard` renders). */
export interface ListingSummary {
  id: number
  title: string
  offerType: Listing['offerType']
  companyName: string
  placeName: string
  districtCode: string
  districtName: string
  isHarzDistrict: boolean
  startDate: string
  payPeriod: Listing['payPeriod']
  payMin: number | null
  payMax: number | null
  trainingAllowances: number[] | null
  publishedAt: string | null
}

/** What the public may see: published and not past its expiry (the expiry job may not have run yet). */
export function isOpenListing(): SQL {
  return and(eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, sql`now()`)))!
}

/** The columns a listing card shows; select from listings joined with organizations and places. */
export const cardColumns = {
  id: listings.id,
  title: listings.title,
  offerType: listings.offerType,
  companyName: organizations.name,
  placeName: places.name,
  districtCode: places.districtCode,
  districtName: places.district,
  startDate: listings.startDate,
  payPeriod: listings.payPeriod,
  payMin: listings.payMin,
  payMax: listings.payMax,
  trainingAllowances: listings.trainingAllowances,
  publishedAt: listings.publishedAt,
}

type CardRow = Omit<ListingSummary, 'isHarzDistrict' | 'publishedAt'> & { publishedAt: Date | null }

export function toListingCard(row: CardRow): ListingSummary {
  return {
    ...row,
    isHarzDistrict: isHarzDistrictCode(row.districtCode),
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
  }
}

/**
 * Great-circle distance in km from a point to a place row, in SQL (haversine). Works on
 * PostgreSQL 15 and PGlite without PostGIS.
 */
export function distanceKmSql(lat: number, lng: number): SQL<number> {
  return sql<number>`(12742 * asin(sqrt(
    power(sin(radians(${places.lat} - ${lat}) / 2), 2) +
    cos(radians(${lat})) * cos(radians(${places.lat})) * power(sin(radians(${places.lng} - ${lng}) / 2), 2)
  )))`
}
