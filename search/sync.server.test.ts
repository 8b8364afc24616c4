import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOutboxStore, enqueueListingSync, enqueueOrganizationSync } from '../app/modules/search/outbox-store.server'
import { listings, occupations, organizations, places, searchOutbox } from '../db/schema'
import { seedListing, seedOrganization } from '../db/seed/factories'
import { createTestDatabase, type TestDatabase } from '../tests/support/database'
import { createTestSearch } from '../tests/support/search'
import { createSearchClient, type SearchHandle } from './client'
import { freePort, startLocalMeili, type LocalMeili } from './launcher'
import { applyListingSettings } from './settings'
import { drainOutboxOnce, startOutboxLoop } from './sync'

let test: TestDatabase
let refs: { placeId: number; occupationId: number; organizationId: string }

beforeAll(async () => {
  test = await createTestDatabase()
  // Own reference rows, so the test does not depend on which reference data is loaded.
  const [place] = await test.db
    .insert(places)
    .values({ postalCode: '38640', name: 'Goslar', district: 'Landkreis Goslar', districtCode: '03153', state: 'Niedersachsen', stateCode: 'NI', lat: 51.906, lng: 10.429, isHarz: true })
    .returning()
  const [occupation] = await test.db
    .insert(occupations)
    .values({ kind: 'training', slug: `sync-test-${Date.now()}`, name: 'Elektroniker/in', labels: { en: ['electrician'] } })
    .returning()
  const organization = await seedOrganization(test.db, { placeId: place.id })
  refs = { placeId: place.id, occupationId: occupation.id, organizationId: organization.id }
})

afterAll(async () => {
  await test?.close()
})

const hitIds = async (search: SearchHandle, q: string) =>
  (await search.client.index(search.listingsIndex).search(q)).hits.map((h) => h.id as number)

async function outboxOf(listingId: number) {
  return test.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, String(listingId)))
}

async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe().catch(() => undefined as T)
    if (accept(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe('search outbox sync', () => {
  const search = createTestSearch()
  const store = () => createOutboxStore(test.db)

  beforeAll(async () => {
    await applyListingSettings(search)
  })

  afterAll(async () => {
    await search.client.deleteIndex(search.listingsIndex).waitTask({ timeout: 60_000 })
  })

  it('makes a published listing searchable and removes it when it is closed', async () => {
    const listing = await seedListing(test.db, { ...refs, offerType: 'job', title: 'Elektroniker Instandhaltung Zuckerfabrik' })
    const first = await drainOutboxOnce(store(), search)
    expect(first).toMatchObject({ processed: 1, upserted: 1, failed: 0 })
    expect(await hitIds(search, 'Zuckerfabrik')).toEqual([listing.id])
    expect(await hitIds(search, 'electrician')).toContain(listing.id)

    await test.db.transaction(async (tx) => {
      await tx.update(listings).set({ status: 'closed' }).where(eq(listings.id, listing.id))
      await enqueueListingSync(tx, [listing.id])
    })
    expect(await drainOutboxOnce(store(), search)).toMatchObject({ processed: 1, deleted: 1 })
    expect(await hitIds(search, 'Zuckerfabrik')).toEqual([])
    expect((await outboxOf(listing.id)).every((r) => r.processedAt !== null)).toBe(true)
  })

  it('never shows drafts or expired listings', async () => {
    const draft = await seedListing(test.db, { ...refs, status: 'draft', publishedAt: null, title: 'Entwurf Kesselwärter' })
    const expired = await seedListing(test.db, { ...refs, title: 'Abgelaufen Kesselwärter', expiresAt: new Date(Date.now() - 1000) })
    expect(await drainOutboxOnce(store(), search)).toMatchObject({ processed: 2, upserted: 0, deleted: 2 })
    expect(await hitIds(search, 'Kesselwärter')).toEqual([])
    expect([draft.id, expired.id]).toHaveLength(2)
  })

  it('updates every listing of a company whose name changed', async () => {
    const listing = await seedListing(test.db, { ...refs, title: 'Monteur Windkraft' })
    await drainOutboxOnce(store(), search)
    await test.db.transaction(async (tx) => {
      await tx.update(organizations).set({ name: 'Brockenwerke Umbenannt AG' }).where(eq(organizations.id, refs.organizationId))
      await enqueueOrganizationSync(tx, [refs.organizationId])
    })
    await drainOutboxOnce(store(), search)
    expect(await hitIds(search, 'Brockenwerke Umbenannt')).toContain(listing.id)
  })

  it('never lets two workers claim the same row', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, (_, i) => seedListing(test.db, { ...refs, title: `Parallel ${i}` })))
    const [a, b] = await Promise.all([store().claimDue(5), store().claimDue(5)])
    const claimed = [...a, ...b].map((r) => Number(r.entityId))
    expect(new Set(claimed).size).toBe(claimed.length)
    expect(claimed.sort()).toEqual(made.map((l) => l.id).sort())
    // Leased rows are not due again until the lease ends.
    expect(await store().claimDue(10)).toEqual([])
    await test.db.update(searchOutbox).set({ nextAttemptAt: new Date() }).where(inArray(searchOutbox.entityId, claimed.map(String)))
    await drainOutboxOnce(store(), search, { batchSize: 50 })
  })
})

describe('search outbox sync while Meilisearch is down', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'passgenau-meili-down-'))
  let port: number
  let meili: LocalMeili | undefined
  let search: SearchHandle

  beforeAll(async () => {
    port = await freePort()
    meili = await startLocalMeili({ dataDir: join(dataDir, 'meili'), port })
    search = createSearchClient({ url: meili.url, apiKey: meili.masterKey })
    await applyListingSettings(search)
  })

  afterAll(async () => {
    await meili?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps the change in the outbox and catches up when Meilisearch is back', async () => {
    await drainOutboxOnce(createOutboxStore(test.db), search, { batchSize: 500 })
    await meili!.stop()

    const listing = await seedListing(test.db, { ...refs, title: 'Ausfallsicher Glasbläser' })
    const started = Date.now()
    const result = await drainOutboxOnce(createOutboxStore(test.db), search)
    expect(result).toMatchObject({ processed: 0, failed: 1, unreachable: true })
    const [row] = await outboxOf(listing.id)
    expect(row).toMatchObject({ processedAt: null, attempts: 1 })
    expect(row.lastError).toMatch(/fetch failed|ECONNREFUSED|Request/i)
    expect(row.nextAttemptAt.getTime() - started).toBeGreaterThanOrEqual(900)
    expect(row.nextAttemptAt.getTime() - started).toBeLessThan(5_000)
    expect(await test.db.select().from(listings).where(eq(listings.id, listing.id))).toHaveLength(1)

    const loop = startOutboxLoop(createOutboxStore(test.db), search, { intervalMs: 200, log: () => {} })
    try {
      await new Promise((r) => setTimeout(r, 1_500))
      meili = await startLocalMeili({ dataDir: join(dataDir, 'meili'), port })
      const restarted = Date.now()
      const hits = await until(() => hitIds(search, 'Glasbläser'), (ids) => ids?.includes(listing.id), 10_000)
      expect(hits).toEqual([listing.id])
      // The loop notices Meilisearch is back and does not sit out the backoff.
      expect(Date.now() - restarted).toBeLessThan(5_000)
    } finally {
      await loop.stop()
    }
    const [after] = await outboxOf(listing.id)
    expect(after.processedAt).not.toBeNull()
    expect(after.attempts).toBeGreaterThanOrEqual(1)
  })
})
