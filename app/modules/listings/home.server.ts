import { and, count, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { listings, organizations, places, OFFER_TYPES, type OfferType } from '../../../db/schema'
import { HARZ_DISTRICTS, isHarzDistrictCode, type HarzDistrict } from '../reference/harz-districts'
import type { PayPeriod } from '~/utils/format'

export interface HomeStats {
  total: number
  byOfferType: Array<{ offerType: OfferType; count: number }>
  byDistrict: Array<HarzDistrict & { count: number }>
}

export interface NewestListing {
  id: number
  title: string
  offerType: OfferType
  companyName: string
  placeName: string
  postalCode: string
  districtCode: string
  districtName: string
  isHarzDistrict: boolean
  startDate: string
  payPeriod: PayPeriod | null
  payMin: number | null
  payMax: number | null
  trainingAllowances: number[] | null
  publishedAt: string | null
}

/** What the public sees: published and not past its expiry. */
function isVisible() {
  return and(
    eq(listings.status, 'published'),
    or(isNull(listings.expiresAt), gt(listings.expiresAt, sql`now()`)),
  )
}

/** Counts for the home page: all visible listings, per offer type, and per Harz district. */
export async function getHomeStats(db: Database = getDb()): Promise<HomeStats> {
  const [totalRows, typeRows, districtRows] = await Promise.all([
    db.select({ count: count() }).from(listings).where(isVisible()),
    db
      .select({ offerType: listings.offerType, count: count() })
      .from(listings)
      .where(isVisible())
      .groupBy(listings.offerType),
    db
      .select({ code: places.districtCode, count: count() })
      .from(listings)
      .innerJoin(places, eq(places.id, listings.placeId))
      .where(and(isVisible(), inArray(places.districtCode, HARZ_DISTRICTS.map((d) => d.code))))
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
    .select({
      id: listings.id,
      title: listings.title,
      offerType: listings.offerType,
      companyName: organizations.name,
      placeName: places.name,
      postalCode: places.postalCode,
      districtCode: places.districtCode,
      districtName: places.district,
      startDate: listings.startDate,
      payPeriod: listings.payPeriod,
      payMin: listings.payMin,
      payMax: listings.payMax,
      trainingAllowances: listings.trainingAllowances,
      publishedAt: listings.publishedAt,
    })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(isVisible())
    .orderBy(sql`${listings.publishedAt} desc nulls last`, desc(listings.id))
    .limit(limit)
  return rows.map((row) => ({
    ...row,
    isHarzDistrict: isHarzDistrictCode(row.districtCode),
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
  }))
}
