import { MeilisearchRequestError } from 'meilisearch'
import { describe, expect, it } from 'vitest'
import type { SearchHandle } from './client'
import type { ListingDocumentSource } from './documents'
import { backoffMs, BACKOFF_MAX_MS, drainOutboxOnce, startOutboxLoop, type OutboxRow, type OutboxStore } from './sync'

/** Just enough of a published listing for toListingDocument. */
function published(id: number): ListingDocumentSource {
  return {
    listing: {
      id, title: `Stelle ${id}`, description: '', offerType: 'job', workingTime: 'vollzeit', startDate: '2026-09-01',
      payPeriod: 'month', payMin: 3000, payMax: null, trainingAllowances: null, minCertificate: 'none', minGerman: 'none',
      needsDrivingLicence: false, benefits: [], isSuitableForRefugees: false, hasRecognitionSupport: false, publishedAt: null, expiresAt: null,
    } as unknown as ListingDocumentSource['listing'],
    organization: { id: 'o', name: 'Firma', slug: 'firma', isVerified: false },
    place: { name: 'Goslar', postalCode: '38640', district: 'Goslar', districtCode: '03153', state: 'Niedersachsen', lat: 51.9, lng: 10.4 },
    occupation: { id: 1, name: 'Koch/Köchin', labels: {}, fieldCode: null, isCrafts: false },
    field: null,
  }
}

function fakeStore(rows: OutboxRow[], publishedIds: number[]) {
  const state = { pending: [...rows], processed: [] as number[], failed: [] as { id: number; at: Date; error: string }[], loads: [] as number[][], retriedNow: 0 }
  const store: OutboxStore = {
    async claimDue(limit) {
      return state.pending.splice(0, limit)
    },
    async loadListings(ids) {
      state.loads.push(ids)
      return ids.filter((id) => publishedIds.includes(id)).map(published)
    },
    async listingIdsOfOrganizations() {
      return [1, 2]
    },
    async markProcessed(ids) {
      state.processed.push(...ids)
    },
    async markFailed(failures, error) {
      state.failed.push(...failures.map((f) => ({ id: f.id, at: f.nextAttemptAt, error })))
    },
    async retryWaitingNow() {
      state.retriedNow += 1
    },
  }
  return { store, state }
}

function fakeSearch(opts: { down?: boolean; delayMs?: number } = {}) {
  const health = { checks: 0 }
  const calls = { added: [] as number[], deleted: [] as number[], active: 0, maxActive: 0 }
  const task = (apply: () => void) => {
    const unreachable = () => new MeilisearchRequestError('http://127.0.0.1:1/indexes', new Error('connect ECONNREFUSED'))
    const promise = Object.assign(opts.down ? Promise.reject(unreachable()) : Promise.resolve({}), {
      waitTask: async () => {
        calls.active += 1
        calls.maxActive = Math.max(calls.maxActive, calls.active)
        await new Promise((r) => setTimeout(r, opts.delayMs ?? 0))
        calls.active -= 1
        if (opts.down) throw unreachable()
        apply()
        return { uid: 1, status: 'succeeded', type: 'documentAdditionOrUpdate' }
      },
    })
    return promise
  }
  const index = {
    addDocuments: (docs: { id: number }[]) => task(() => calls.added.push(...docs.map((d) => d.id))),
    deleteDocuments: (ids: number[]) => task(() => calls.deleted.push(...ids)),
  }
  const isHealthy = async () => {
    health.checks += 1
    return !opts.down
  }
  const search = { client: { index: () => index, isHealthy }, listingsIndex: 'listings', config: {} } as unknown as SearchHandle
  return { search, calls, health, setDown: (down: boolean) => (opts.down = down) }
}

const row = (id: number, entityId: string, entity: OutboxRow['entity'] = 'listing', attempts = 0): OutboxRow => ({ id, entity, entityId, attempts })

describe('backoffMs', () => {
  it('doubles from one second and stops at five minutes', () => {
    expect([0, 1, 2, 3].map(backoffMs)).toEqual([1000, 2000, 4000, 8000])
    expect(backoffMs(9)).toBe(BACKOFF_MAX_MS)
    expect(backoffMs(10_000)).toBe(BACKOFF_MAX_MS)
  })
})

describe('drainOutboxOnce', () => {
  it('upserts published listings once each and deletes the rest', async () => {
    const { store, state } = fakeStore([row(1, '10'), row(2, '10'), row(3, '11')], [10])
    const { search, calls } = fakeSearch()
    const result = await drainOutboxOnce(store, search)
    expect(state.loads).toEqual([[10, 11]])
    expect(calls).toMatchObject({ added: [10], deleted: [11] })
    expect(state.processed).toEqual([1, 2, 3])
    expect(result).toMatchObject({ processed: 3, failed: 0, upserted: 1, deleted: 1 })
  })

  it('re-syncs every listing of a changed organization', async () => {
    const { store } = fakeStore([row(1, '00000000-0000-4000-8000-000000000001', 'organization')], [1])
    const { search, calls } = fakeSearch()
    await drainOutboxOnce(store, search)
    expect(calls).toMatchObject({ added: [1], deleted: [2] })
  })

  it('puts the whole batch back with backoff when Meilisearch is down', async () => {
    const { store, state } = fakeStore([row(1, '10', 'listing', 0), row(2, '11', 'listing', 3), row(3, '12', 'listing', 0)], [10, 11])
    const { search } = fakeSearch({ down: true })
    const now = new Date('2026-01-01T00:00:00Z')
    const result = await drainOutboxOnce(store, search, { now: () => now })
    expect(result).toMatchObject({ processed: 0, failed: 3, unreachable: true })
    expect(state.processed).toEqual([])
    expect(state.failed.map((f) => [f.id, f.at.getTime() - now.getTime()])).toEqual([
      [1, 1000],
      [2, 8000],
      [3, 1000],
    ])
    expect(state.failed[0].error).toMatch(/ECONNREFUSED/)
  })

  it('fails only the rows of a listing that cannot be mapped', async () => {
    const { store, state } = fakeStore([row(1, '10'), row(2, '11')], [10, 11])
    const load = store.loadListings
    store.loadListings = async (ids) => (await load(ids)).map((s) => (s.listing.id === 11 ? { ...s, place: { ...s.place, lat: Number.NaN } } : s))
    const { search, calls } = fakeSearch()
    await drainOutboxOnce(store, search)
    expect(calls).toMatchObject({ added: [10], deleted: [] })
    expect(state.processed).toEqual([1])
    expect(state.failed.map((f) => f.id)).toEqual([2])
  })

  it('keeps a company’s outbox row waiting while one of its listings cannot be mapped', async () => {
    // The company's listings are 1 and 2 (fakeStore); listing 2 has lost its coordinates.
    const company = '00000000-0000-4000-8000-000000000001'
    const { store, state } = fakeStore([row(1, company, 'organization'), row(2, '10')], [1, 2, 10])
    const load = store.loadListings
    const ofCompany = (s: ListingDocumentSource) => ({ ...s, organization: { ...s.organization, id: company } })
    store.loadListings = async (ids) =>
      (await load(ids)).map((s) => (s.listing.id === 2 ? ofCompany({ ...s, place: { ...s.place, lat: Number.NaN } }) : s.listing.id === 1 ? ofCompany(s) : s))
    const { search, calls } = fakeSearch()
    const result = await drainOutboxOnce(store, search)
    expect(calls.added.sort((a, b) => a - b)).toEqual([1, 10])
    expect(calls.deleted).toEqual([])
    expect(state.processed).toEqual([2])
    expect(state.failed.map((f) => f.id)).toEqual([1])
    expect(state.failed[0].error).toMatch(/listing 2: place has no coordinates/)
    expect(result).toMatchObject({ processed: 1, failed: 1 })
  })
})

describe('startOutboxLoop', () => {
  it('drains full batches back to back, never two at once, and stop waits for the running drain', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => row(i + 1, String(i + 1)))
    const { store, state } = fakeStore(rows, rows.map((_, i) => i + 1))
    const { search, calls } = fakeSearch({ delayMs: 20 })
    const loop = startOutboxLoop(store, search, { intervalMs: 10_000, batchSize: 10 })
    loop.kick()
    loop.kick()
    await new Promise((r) => setTimeout(r, 200))
    await loop.stop()
    expect(state.processed).toHaveLength(25)
    expect(calls.maxActive).toBe(1)
  })

  it('waits for Meilisearch to answer again, then retries the waiting rows at once', async () => {
    const { store, state } = fakeStore([row(1, '10')], [10])
    const { search, health, setDown } = fakeSearch({ down: true })
    const loop = startOutboxLoop(store, search, { intervalMs: 20, log: () => {} })
    await new Promise((r) => setTimeout(r, 100))
    expect(state.failed).toHaveLength(1)
    expect(health.checks).toBeGreaterThan(1)
    expect(state.retriedNow).toBe(0)
    setDown(false)
    await new Promise((r) => setTimeout(r, 100))
    await loop.stop()
    expect(state.retriedNow).toBe(1)
  })

  it('logs a failing drain and keeps polling', async () => {
    let claims = 0
    const errors: string[] = []
    const { store } = fakeStore([], [])
    store.claimDue = async () => {
      claims += 1
      throw new Error('database gone')
    }
    const loop = startOutboxLoop(store, fakeSearch().search, { intervalMs: 20, log: (m) => errors.push(m) })
    await new Promise((r) => setTimeout(r, 150))
    await loop.stop()
    expect(claims).toBeGreaterThan(2)
    expect(errors[0]).toMatch(/drain failed/)
  })
})
