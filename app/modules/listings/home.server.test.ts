import { and, eq, notInArray, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf } from '../../../db/query-rows'
import { places } from '../../../db/schema'
import { seedListing, seedOrganization, pickPlace } from '../../../db/seed/factories'
import { createTestDatabase, type TestDatabase } from '../../../tests/support/database'
import { HARZ_DISTRICT_CODES } from '../reference/harz-districts'
import { getHomeStats, getNewestListings } from './home.server'

const DAY = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY)

let testDb: TestDatabase
const ids: Record<string, number> = {}

beforeAll(async () => {
  testDb = await createTestDatabase()
  const { db } = testDb
  const goslar = await pickPlace(db, { districtCode: '03153' })
  const harz = await pickPlace(db, { districtCode: '15085' })
  const [berlin] = await db
    .select()
    .from(places)
    .where(and(eq(places.isHarz, false), notInArray(places.districtCode, [...HARZ_DISTRICT_CODES])))
    .limit(1)
  const company = await seedOrganization(db, { name: 'Harzer Testwerk GmbH', placeId: goslar.id })

  const make = async (name: string, overrides: Parameters<typeof seedListing>[1]) => {
    ids[name] = (await seedListing(db, { organizationId: company.id, ...overrides })).id
  }
  await make('goslarTraining', { offerType: 'ausbildung', placeId: goslar.id, publishedAt: daysAgo(5) })
  await make('goslarJob', { offerType: 'job', placeId: goslar.id, publishedAt: daysAgo(1), expiresAt: null })
  await make('harzInternship', { offerType: 'praktikum', placeId: harz.id, publishedAt: daysAgo(3) })
  await make('elsewhereEq', { offerType: 'eq', placeId: berlin.id, publishedAt: daysAgo(2) })
  await make('draft', { offerType: 'job', placeId: goslar.id, status: 'draft', publishedAt: null })
  await make('pastExpiry', { offerType: 'job', placeId: goslar.id, publishedAt: daysAgo(90), expiresAt: daysAgo(1) })
  await make('expired', { offerType: 'ausbildung', placeId: harz.id, status: 'expired', publishedAt: daysAgo(0) })
  await make('closed', { offerType: 'job', placeId: harz.id, status: 'closed', publishedAt: daysAgo(0) })
})

afterAll(async () => {
  await testDb?.close()
})

describe('getHomeStats', () => {
  it('counts only published, unexpired listings per offer type, per Harz district and in total', async () => {
    const stats = await getHomeStats(testDb.db)
    expect(stats.total).toBe(4)
    expect(Object.fromEntries(stats.byOfferType.map((row) => [row.offerType, row.count]))).toEqual({
      ausbildung: 1,
      job: 1,
      praktikum: 1,
      'duales-studium': 0,
      eq: 1,
    })
    expect(Object.fromEntries(stats.byDistrict.map((row) => [row.code, row.count]))).toEqual({
      '03153': 2,
      '03159': 0,
      '15085': 1,
      '15087': 0,
      '16062': 0,
      '16065': 0,
    })
  })

  it('agrees with counting in SQL directly', async () => {
    const visible = sql`l.status = 'published' and (l.expires_at is null or l.expires_at > now())`
    const byType = await testDb.db.execute(
      sql`select l.offer_type, count(*)::int as n from listings l where ${visible} group by 1`,
    )
    const byDistrict = await testDb.db.execute(
      sql`select p.district_code, count(*)::int as n from listings l join places p on p.id = l.place_id
          where ${visible} group by 1`,
    )
    const typeRows = rowsOf<{ offer_type: string; n: number }>(byType)
    const districtRows = rowsOf<{ district_code: string; n: number }>(byDistrict)
    const stats = await getHomeStats(testDb.db)
    for (const row of typeRows) {
      expect(stats.byOfferType.find((t) => t.offerType === row.offer_type)?.count).toBe(row.n)
    }
    for (const district of stats.byDistrict) {
      expect(district.count).toBe(districtRows.find((row) => row.district_code === district.code)?.n ?? 0)
    }
    expect(stats.total).toBe(typeRows.reduce((sum, row) => sum + row.n, 0))
  })
})

describe('getNewestListings', () => {
  it('lists visible listings newest first and leaves out drafts, expired and closed ones', async () => {
    const newest = await getNewestListings(testDb.db, 10)
    expect(newest.map((l) => l.id)).toEqual([ids.goslarJob, ids.elsewhereEq, ids.harzInternship, ids.goslarTraining])
  })

  it('stops at the limit', async () => {
    const newest = await getNewestListings(testDb.db, 2)
    expect(newest.map((l) => l.id)).toEqual([ids.goslarJob, ids.elsewhereEq])
  })

  it('returns only what a card shows, with company, place and district', async () => {
    const [card] = await getNewestListings(testDb.db, 1)
    expect(Object.keys(card).sort()).toEqual(
      [
        'id',
        'title',
        'offerType',
        'companyName',
        'placeName',
        'districtCode',
        'districtName',
        'isHarzDistrict',
        'startDate',
        'payPeriod',
        'payMin',
        'payMax',
        'trainingAllowances',
        'publishedAt',
      ].sort(),
    )
    expect(card).toMatchObject({ companyName: 'Harzer Testwerk GmbH', districtCode: '03153', isHarzDistrict: true })
    expect(typeof card.publishedAt).toBe('string')
  })
})

/** postgres.js returns an array, PGlite an object with `rows`. */
