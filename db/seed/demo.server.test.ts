import { count, eq, inArray, like } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/support/database'
import { listings, organizations, places, searchOutbox, type Listing, type Organization, type Place } from '../schema'
import { HARZ_DISTRICTS, planCompanies } from './demo-companies'
import { seedDemo, type SeedResult } from './demo'
import { createRng } from './random'

const NOW = new Date('2026-11-22T10:00:00Z')
const DAY = 86_400_000
// Employers of the region; a demo company must never carry one of their names.
const REAL_HARZ_EMPLOYERS = ['Hasseröder', 'Harzer Grauhof', 'Schierker Feuerstein', 'Rotkäppchen', 'Nordbrand', 'H.C. Starck', 'Chemetall', 'Albemarle', 'Harzwasserwerke', 'Schachtbau', 'Harzer Schmalspurbahnen', 'Harz Guss', 'Rautenbach', 'Piller', 'Sartorius', 'Ottobock', 'Bosch', 'Continental', 'Volkswagen', 'Mifa', 'Fels-Werke']

let t: TestDatabase
let result: SeedResult
let companies: (Organization & { place: Place })[]
let rows: (Listing & { place: Place })[]

beforeAll(async () => {
  t = await createTestDatabase()
  result = await seedDemo(t.db, { now: NOW })
  const orgRows = await t.db.select().from(organizations).innerJoin(places, eq(places.id, organizations.placeId)).where(like(organizations.slug, 'demo-%'))
  companies = orgRows.map((r) => ({ ...r.organizations, place: r.places }))
  const listingRows = await t.db.select().from(listings).innerJoin(places, eq(places.id, listings.placeId))
  rows = listingRows.map((r) => ({ ...r.listings, place: r.places }))
})
afterAll(async () => {
  await t?.close()
})

describe('seedDemo', () => {
  it('creates about 80 companies in all six Harz districts', () => {
    expect(result).toMatchObject({ created: true, companies: 80 })
    expect(companies).toHaveLength(80)
    expect(new Set(companies.map((c) => c.place.districtCode))).toEqual(new Set(HARZ_DISTRICTS))
    expect(new Set(companies.map((c) => c.sector))).toEqual(
      new Set(['automotive', 'crafts', 'chemistry', 'tourism', 'care', 'logistics', 'retail', 'metal_electrical']),
    )
  })

  it('keeps Göttingen companies in its Harz part', () => {
    const goettingen = companies.filter((c) => c.place.districtCode === '03159')
    expect(goettingen.length).toBeGreaterThan(0)
    for (const c of goettingen) expect(c.place.lat).toBeGreaterThan(51.58)
  })

  it('uses only invented company names with example.org websites', () => {
    for (const c of companies) {
      expect(c.name).toMatch(/\(Demo\)$/)
      expect(c.website).toMatch(/^https:\/\/[a-z-]+\.example\.org$/)
      for (const real of REAL_HARZ_EMPLOYERS) expect(c.name.toLowerCase()).not.toContain(real.toLowerCase())
    }
    expect(new Set(companies.map((c) => c.website)).size).toBe(companies.length)
  })

  it('creates about 800 listings of all five offer types, Ausbildung most common', () => {
    expect(result.listings).toBeGreaterThanOrEqual(720)
    expect(result.listings).toBeLessThanOrEqual(800)
    expect(rows).toHaveLength(result.listings)
    const byType = new Map<string, number>()
    for (const l of rows) byType.set(l.offerType, (byType.get(l.offerType) ?? 0) + 1)
    expect([...byType.keys()].sort()).toEqual(['ausbildung', 'duales-studium', 'eq', 'job', 'praktikum'])
    expect(byType.get('ausbildung')).toBe(Math.max(...byType.values()))
  })

  it('states pay on every listing, training allowances above the legal minimum and rising', () => {
    for (const l of rows) {
      expect(l.payPeriod).not.toBeNull()
      const allowances = l.trainingAllowances ?? []
      expect(l.payMin !== null || allowances.length > 0).toBe(true)
      if (allowances.length > 0) {
        expect(allowances[0]).toBeGreaterThan(724)
        for (let y = 1; y < allowances.length; y++) expect(allowances[y]).toBeGreaterThan(allowances[y - 1])
      }
      if (l.workingTime === 'minijob') expect(l.payMax).toBeLessThanOrEqual(556)
      if (l.payPeriod === 'hour') expect(l.payMin).toBeGreaterThanOrEqual(14)
    }
  })

  it('titles every listing gender-inclusively', () => {
    for (const l of rows) expect(l.title).toContain('(m/w/d)')
  })

  it('places each listing in its company’s district', () => {
    const districtOf = new Map(companies.map((c) => [c.id, c.place.districtCode]))
    for (const l of rows) expect(l.place.districtCode).toBe(districtOf.get(l.organizationId))
  })

  it('publishes about 90 % within the last 45 days, each expiring 60 days later', () => {
    const published = rows.filter((l) => l.status === 'published')
    expect(published.length / rows.length).toBeGreaterThan(0.85)
    expect(published.length / rows.length).toBeLessThan(0.95)
    for (const l of published) {
      expect(NOW.getTime() - l.publishedAt!.getTime()).toBeLessThanOrEqual(45 * DAY)
      expect(l.expiresAt!.getTime() - l.publishedAt!.getTime()).toBe(60 * DAY)
    }
    expect(rows.some((l) => l.status === 'draft' && l.publishedAt === null)).toBe(true)
    expect(rows.some((l) => l.status === 'expired' && l.expiresAt! < NOW)).toBe(true)
    expect(rows.some((l) => l.status === 'closed')).toBe(true)
  })

  it('starts most training places on 1 August or 1 September of the next training year', () => {
    const training = rows.filter((l) => l.offerType === 'ausbildung')
    const regular = training.filter((l) => ['2027-08-01', '2027-09-01'].includes(l.startDate))
    expect(regular.length / training.length).toBeGreaterThan(0.85)
  })

  it('queues every published listing for search', async () => {
    const queued = await t.db.select({ entityId: searchOutbox.entityId }).from(searchOutbox).where(eq(searchOutbox.entity, 'listing'))
    const ids = new Set(queued.map((q) => q.entityId))
    for (const l of rows.filter((r) => r.status === 'published')) expect(ids.has(String(l.id))).toBe(true)
  })

  it('creates nothing on a second run', async () => {
    const again = await seedDemo(t.db, { now: NOW })
    expect(again).toEqual({ created: false, companies: 80, listings: result.listings })
    const [{ n }] = await t.db.select({ n: count() }).from(listings)
    expect(n).toBe(result.listings)
  })

  it('has no twins: several places of one company, title and place are one listing with their count', () => {
    const keys = rows.map((l) => `${l.organizationId}|${l.title}|${l.placeId}`)
    expect(new Set(keys).size).toBe(rows.length)
    expect(rows.some((l) => l.placesCount > 1)).toBe(true)
  })

  it('plans the same companies every time', async () => {
    const harz = await t.db
      .select()
      .from(places)
      .where(inArray(places.districtCode, [...HARZ_DISTRICTS]))
      .orderBy(places.id)
    const names = () => planCompanies(createRng(7), harz, NOW).map((c) => `${c.values.name}@${c.place.id}`)
    expect(names()).toEqual(names())
  })
})
