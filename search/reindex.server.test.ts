import { eq, isNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReindexSource } from '../app/modules/search/outbox-store.server'
import { listings, occupations, places, searchOutbox, type NewListing } from '../db/schema'
import { buildListing, seedListing, seedOrganization, seedListings } from '../db/seed/factories'
import { createTestDatabase, type TestDatabase } from '../tests/support/database'
import { createTestSearch } from '../tests/support/search'
import type { SearchHandle } from './client'
import { reindexListings } from './reindex'
import { applyListingSettings } from './settings'

let test: TestDatabase
let refs: { placeId: number; occupationId: number; organizationId: string }

beforeAll(async () => {
  test = await createTestDatabase()
  const [place] = await test.db
    .insert(places)
    .values({ postalCode: '38855', name: 'Wernigerode', district: 'Landkreis Harz', districtCode: '15085', state: 'Sachsen-Anhalt', stateCode: 'ST', lat: 51.835, lng: 10.785, isHarz: true })
    .returning()
  const [occupation] = await test.db
    .insert(occupations)
    .values({ kind: 'training', slug: `reindex-test-${Date.now()}`, name: 'Koch/Köchin', labels: { en: ['cook'] } })
    .returning()
  const organization = await seedOrganization(test.db, { placeId: place.id })
  refs = { placeId: place.id, occupationId: occupation.id, organizationId: organization.id }
})

afterAll(async () => {
  await test?.close()
})

async function liveIds(search: SearchHandle): Promise<number[]> {
  const { results } = await search.client.index(search.listingsIndex).getDocuments({ fields: ['id'], limit: 100_000 })
  return results.map((d) => d.id as number).sort((a, b) => a - b)
}

async function publishedIds(): Promise<number[]> {
  const rows = await test.db.select({ id: listings.id, status: listings.status, expiresAt: listings.expiresAt }).from(listings)
  return rows
    .filter((r) => r.status === 'published' && (!r.expiresAt || r.expiresAt > new Date()))
    .map((r) => r.id)
    .sort((a, b) => a - b)
}

async function dropIndex(search: SearchHandle) {
  await search.client.deleteIndex(search.listingsIndex).waitTask({ timeout: 60_000 })
}

describe('reindexListings', () => {
  it('leaves the live index holding exactly the published listings', async () => {
    const search = createTestSearch()
    const published = await Promise.all([1, 2, 3].map((i) => seedListing(test.db, { ...refs, title: `Koch Nr. ${i}` })))
    const draft = await seedListing(test.db, { ...refs, status: 'draft', publishedAt: null })
    await seedListing(test.db, { ...refs, status: 'closed', closedReason: 'filled' })
    await seedListing(test.db, { ...refs, expiresAt: new Date(Date.now() - 60_000) })

    // A live index that drifted: a stale document and a draft that should never have been there.
    await applyListingSettings(search)
    const live = search.client.index(search.listingsIndex)
    await live.addDocuments([{ id: 999_999, title: 'Verwaist' }, { id: draft.id, title: 'Entwurf' }]).waitTask({ timeout: 60_000 })

    const liveCountsDuringBuild: number[] = []
    const progress: [number, number][] = []
    const result = await reindexListings(search, createReindexSource(test.db), {
      batchSize: 2,
      onProgress: async (done, total) => {
        progress.push([done, total])
        liveCountsDuringBuild.push((await live.getStats()).numberOfDocuments)
      },
    })

    expect(await liveIds(search)).toEqual(published.map((l) => l.id).sort((a, b) => a - b))
    expect(await liveIds(search)).toEqual(await publishedIds())
    expect(result).toMatchObject({ total: 3, indexed: 3, skipped: 0 })
    expect(progress.at(-1)).toEqual([3, 3])
    // Searches during the build still hit the old, complete index.
    expect(liveCountsDuringBuild.every((n) => n === 2)).toBe(true)
    const { results } = await search.client.getIndexes({ limit: 1000 })
    expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(search.listingsIndex))).toEqual([search.listingsIndex])
    // Each entry is an attribute name or a rule naming several (granular filterable attributes).
    const filterable = ((await live.getSettings()).filterableAttributes ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.attributePatterns))
    expect(filterable).toEqual(expect.arrayContaining(['offerType', '_geo']))
    expect((await live.search('cook')).hits.length).toBe(3)
    await dropIndex(search)
  })

  it('hands changes the sync wrote during the rebuild back to the outbox', async () => {
    const search = createTestSearch()
    const listing = await seedListing(test.db, { ...refs, title: 'Während des Umbaus' })
    await test.db.update(searchOutbox).set({ processedAt: new Date() }).where(isNull(searchOutbox.processedAt))
    await reindexListings(search, createReindexSource(test.db))
    const [row] = await test.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, String(listing.id)))
    expect(row.processedAt).toBeNull()
    await dropIndex(search)
  })

  it('builds the index from a few thousand listings in bulk', async () => {
    const search = createTestSearch()
    const rows: NewListing[] = Array.from({ length: 5_000 }, (_, i) => ({
      ...buildListing({ offerType: i % 3 === 0 ? 'ausbildung' : 'job', title: `Massenstelle ${i}` }),
      ...refs,
    }))
    const insertStarted = Date.now()
    await seedListings(test.db, rows)
    const insertMs = Date.now() - insertStarted

    // A payload limit of 4 MB splits the ~5000 documents into several requests, each its own task.
    const progress: number[] = []
    const result = await reindexListings(search, createReindexSource(test.db), {
      batchSize: 500,
      maxUploadBytes: 4_000_000,
      onProgress: (done) => void progress.push(done),
    })
    const expected = await publishedIds()
    expect(await liveIds(search)).toEqual(expected)
    expect(result.indexed).toBe(expected.length)
    expect(progress.length - 1).toBeGreaterThan(1)
    expect(progress.length - 1).toBeLessThan(10)
    console.info(
      `reindex: ${result.indexed} documents in ${result.ms} ms (${Math.round((result.indexed / result.ms) * 1000)} docs/s); ` +
        `inserting 5000 listings took ${insertMs} ms`,
    )
    await dropIndex(search)
  }, 180_000)
})
