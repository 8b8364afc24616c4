import { and, count, desc, eq, inArray, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { getDb, type Database } from '../../../db/client'
import { chamberMemberships, listingPromotions, listings, organizations, places } from '../../../db/schema'
import { berlinToday } from '~/utils/calendar-date'
import { HARZ_DISTRICTS, type HarzDistrict } from '../reference/harz-districts'
import { cardColumns, isOpenListing, toListingCard, type ListingSummary } from './cards.server'
import { OFFER_TYPES, type OfferType } from '../../../values/listings'

export interface HomeStats {
  total: number
  byOfferType: Array<{ offerType: OfferType; count: number }>
  byDistrict: Array<HarzDistrict & { count: number }>
}

export type NewestListing = ListingSummary

/** Counts for the home page: all visible listings, per offer type, and per Harz district. */
export async function getHomeStats(db: Database = getDb()): Promise<HomeStats> {
  const [totalRows, typeRows, districtRows] = await Promise.all([
    db.select({ count: count() }).from(listings).where(isOpenListing()),
    db
      .select({ offerType: listings.offerType, count: count() })
      .from(listings)
      .where(isOpenListing())
      .groupBy(listings.offerType),
    db
      .select({ code: places.districtCode, count: count() })
      .from(listings)
      .innerJoin(places, eq(places.id, listings.placeId))
      .where(and(isOpenListing(), inArray(places.districtCode, HARZ_DISTRICTS.map((d) => d.code))))
      .groupBy(places.districtCode),
  ])
  const byType = new Map(typeRows.map((row) => [row.offerType, row.count]))
  const byCode = new Map(districtRows.map((row) => [row.code, row.count]))
  return {
    total: totalRows[0]?.count ?? 0,
    byOfferType: OFFER_TYPES.map((offerType) => ({ offerType, count: byType.get(offerType) ?? 0 })),
    byDistrict: HARZ_DISTRICTS.map((district) => ({ ...district, count: byCode.get(district.code) ?? 0 })),
  }
}

/** The most recently published visible listings, with only the fields a listing card shows. */
export async function getNewestListings(db: Database = getDb(), limit = 8): Promise<NewestListing[]> {
  const rows = await db
    .select(cardColumns)
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(isOpenListing())
    .orderBy(sql`${listings.publishedAt} desc nulls last`, desc(listings.id))
    .limit(limit)
  return rows.map(toListingCard)
}

export type FeaturedListing = ListingSummary & { chamberName: string }

const promotingChamber = alias(organizations, 'promoting_chamber')

/**
 * Listings chambers feature today, the latest promotion first; only while the listing is open and
 * the company is still a verified member of the promoting chamber. One card per listing.
 */
export async function getFeaturedListings(db: Database = getDb(), limit = 4, now: Date = new Date()): Promise<FeaturedListing[]> {
  const today = berlinToday(now)
  const rows = await db
    .select({ ...cardColumns, chamberName: promotingChamber.name })
    .from(listingPromotions)
    .innerJoin(listings, eq(listings.id, listingPromotions.listingId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .innerJoin(promotingChamber, eq(promotingChamber.id, listingPromotions.chamberId))
    .innerJoin(
      chamberMemberships,
      and(eq(chamberMemberships.chamberId, listingPromotions.chamberId), eq(chamberMemberships.companyId, listings.organizationId), eq(chamberMemberships.status, 'verified')),
    )
    .where(and(isOpenListing(), sql`${listingPromotions.startsOn} <= ${today}::date`, sql`${listingPromotions.endsOn} >= ${today}::date`))
    .orderBy(desc(listingPromotions.startsOn), desc(listingPromotions.createdAt), desc(listings.id))
    .limit(limit * 3)
  const seen = new Set<number>()
  return rows
    .filter((row) => !seen.has(row.id) && seen.add(row.id))
    .slice(0, limit)
    .map(({ chamberName, ...card }) => ({ ...toListingCard(card), chamberName }))
}
