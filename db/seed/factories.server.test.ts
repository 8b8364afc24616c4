import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/support/database'
import { organizations, searchOutbox } from '../schema'
import { buildListing, buildOrganization, seedListing, seedOrganization, pickOccupation, pickPlace } from './factories'
import { createRng } from './random'

let t: TestDatabase

beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(async () => {
  await t?.close()
})

describe('buildListing', () => {
  it('builds a published Ausbildung with rising training allowances by default', () => {
    const listing = buildListing()
    expect(listing).toMatchObject({ offerType: 'ausbildung', status: 'published', payPeriod: 'month' })
    expect(listing.title).toContain('(m/w/d)')
    const allowances = listing.trainingAllowances!
    expect(allowances.length).toBeGreaterThanOrEqual(3)
    expect(allowances[0]).toBeGreaterThan(724)
    for (let year = 1; year < allowances.length; year++) expect(allowances[year]).toBeGreaterThan(allowances[year - 1])
    expect(listing.expiresAt!.getTime() - listing.publishedAt!.getTime()).toBe(60 * 86_400_000)
  })

  it('gives a job a pay range instead of training allowances', () => {
    const listing = buildListing({ offerType: 'job' })
    expect(listing.trainingAllowances).toBeUndefined()
    expect(listing.payMin).toBeGreaterThanOrEqual(2600)
    expect(listing.payMax).toBeGreaterThanOrEqual(listing.payMin!)
  })

  it('keeps pay that the caller gives', () => {
    const listing = buildListing({ offerType: 'job', payPeriod: 'hour', payMin: 15, payMax: 17 })
    expect(listing).toMatchObject({ payPeriod: 'hour', payMin: 15, payMax: 17 })
  })
})

describe('buildOrganization', () => {
  it('gives every organization its own slug', () => {
    const slugs = new Set(Array.from({ length: 50 }, () => buildOrganization().slug))
    expect(slugs.size).toBe(50)
  })
})

describe('seedListing', () => {
  it('inserts the listing with an organization, occupation and place, and queues it for search', async () => {
    const listing = await seedListing(t.db)
    const [organization] = await t.db.select().from(organizations).where(eq(organizations.id, listing.organizationId))
    expect(organization).toBeDefined()
    expect(listing.placeId).toBe(organization.placeId)
    const outbox = await t.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, String(listing.id)))
    expect(outbox).toEqual([expect.objectContaining({ entity: 'listing', processedAt: null })])
  })

  it('queues drafts too, so the sync can remove what is no longer public', async () => {
    const listing = await seedListing(t.db, { status: 'draft', publishedAt: null, expiresAt: null })
    const outbox = await t.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, String(listing.id)))
    expect(outbox).toHaveLength(1)
  })

  it('uses the organization, occupation and place it is given', async () => {
    const place = await pickPlace(t.db, { name: 'Wernigerode' })
    const occupation = await pickOccupation(t.db, { name: 'Tischler' })
    const organization = await seedOrganization(t.db, { placeId: place.id, sector: 'crafts' })
    const listing = await seedListing(t.db, { organizationId: organization.id, occupationId: occupation.id, offerType: 'job' })
    expect(listing).toMatchObject({ organizationId: organization.id, occupationId: occupation.id, placeId: place.id, offerType: 'job' })
  })
})

describe('reference pickers', () => {
  it('finds a Harz place by name and by district', async () => {
    expect((await pickPlace(t.db, { name: 'Goslar' })).districtCode).toBe('03153')
    const nordhausen = await pickPlace(t.db, { districtCode: '16062', rng: createRng(1) })
    expect(nordhausen).toMatchObject({ districtCode: '16062', isHarz: true })
  })

  it('finds a training occupation by its masculine name, exact match first', async () => {
    const occupation = await pickOccupation(t.db, { name: 'Mechatroniker' })
    expect(occupation).toMatchObject({ kind: 'training', nameMasculine: 'Mechatroniker' })
  })
})
