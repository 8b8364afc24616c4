import { createServer, type Server, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedListing, seedOrganization, pickPlace } from '../../../db/seed/factories'
import { createSearchClient, setSearch } from '../../../search/client'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { loader as jobsLoader } from '~/routes/jobs._index'
import { searchListings } from './query.server'
import { emptySearchInput, type SearchInput } from './search-params'
import { closedPortUrl, indexListings, prepareListingIndex } from './search-index.test-helper'

const ctx = setupAppDatabase()
const search = createTestSearch()
const ids: Record<string, number> = {}
const DAY = 86_400_000

beforeAll(async () => {
  await prepareListingIndex(ctx.db, search)
  const goslar = await pickPlace(ctx.db, { name: 'Goslar' })
  const nordhausen = await pickPlace(ctx.db, { name: 'Nordhausen' })
  const verified = await seedOrganization(ctx.db, { name: 'Geprüfte Harzwerke GmbH', isVerified: true, placeId: goslar.id })
  const plain = await seedOrganization(ctx.db, { name: 'Südharz Technik GmbH', placeId: nordhausen.id })
  const now = Date.now()
  const make = async (key: string, values: Parameters<typeof seedListing>[1]) => (ids[key] = (await seedListing(ctx.db, values)).id)
  await make('goslarAusbildung', { organizationId: verified.id, offerType: 'ausbildung', publishedAt: new Date(now - 3 * DAY), benefits: ['shuttle'] })
  await make('goslarJob', { organizationId: verified.id, offerType: 'job', title: 'Mechatroniker/in (m/w/d)', payPeriod: 'month', payMin: 3200, payMax: 3800, trainingAllowances: null, publishedAt: new Date(now - 1 * DAY) })
  await make('nordhausenJob', { organizationId: plain.id, offerType: 'job', title: 'Mechatroniker/in (m/w/d) im Schichtdienst', workingTime: 'schicht', payPeriod: 'hour', payMin: 17, payMax: 19, trainingAllowances: null, publishedAt: new Date(now - 2 * DAY) })
  await make('nordhausenPraktikum', { organizationId: plain.id, offerType: 'praktikum', title: 'Praktikum Mechatroniker/in (m/w/d)', publishedAt: new Date(now - 40 * DAY) })
  await make('draft', { organizationId: plain.id, status: 'draft', publishedAt: null })
  await make('expired', { organizationId: plain.id, expiresAt: new Date(now - DAY) })
  await indexListings(ctx.db, search, Object.values(ids))
})

const run = (changes: Partial<SearchInput>, engine: 'meili' | 'postgres' = 'meili') =>
  searchListings({ ...emptySearchInput(), ...changes }, { lang: 'de', search: engine === 'meili' ? search : null })

describe('searchListings', () => {
  it('shows published, unexpired listings only', async () => {
    const result = await run({ sort: 'newest' })
    expect(result.hits.map((h) => h.id)).toEqual([ids.goslarJob, ids.nordhausenJob, ids.goslarAusbildung, ids.nordhausenPraktikum])
    expect(result.total).toBe(4)
  })

  it('resolves "Goslar", "38640", "Wernigerode" and "Nordhausen" through the gazetteer', async () => {
    for (const [where, name] of [['Goslar', 'Goslar'], ['38640', 'Goslar'], ['wernigerode', 'Wernigerode'], ['Nordhausen', 'Nordhausen']]) {
      const result = await run({ where, radius: 25 })
      expect(result.place?.name).toBe(name)
    }
  })

  it('marks a place it cannot resolve and searches everywhere then', async () => {
    const result = await run({ where: 'Atlantis', radius: 25 })
    expect(result.place).toBeNull()
    expect(result.whereNotFound).toBe(true)
    expect(result.total).toBe(4)
  })

  it('gives every hit its distance from the searched place and sorts by it', async () => {
    const result = await run({ where: 'Nordhausen', radius: 100, sort: 'distance' })
    expect(result.hits.slice(0, 2).map((h) => h.id).sort()).toEqual([ids.nordhausenJob, ids.nordhausenPraktikum].sort())
    expect(result.hits.every((h) => h.distanceKm !== null)).toBe(true)
    const distances = result.hits.map((h) => h.distanceKm!)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances.at(-1)).toBeGreaterThan(40)
  })

  it('filters by salary on the monthly minimum, hourly pay included', async () => {
    const result = await run({ salary: 2500, sort: 'salary' })
    expect(result.hits.map((h) => h.id)).toEqual([ids.goslarJob, ids.nordhausenJob])
    expect(result.hits[1].salaryMonthlyMin).toBe(17 * 173)
  })

  it('filters by verified company, benefit and publication age', async () => {
    expect((await run({ verified: true })).hits.map((h) => h.id).sort()).toEqual([ids.goslarAusbildung, ids.goslarJob].sort())
    expect((await run({ benefit: ['shuttle'] })).hits.map((h) => h.id)).toEqual([ids.goslarAusbildung])
    expect((await run({ since: 7 })).total).toBe(3)
  })

  it('pages through the hits', async () => {
    const first = await run({ sort: 'newest', size: 3 })
    const second = await run({ sort: 'newest', size: 3, page: 2 })
    expect(first.hits).toHaveLength(3)
    expect(second.hits.map((h) => h.id)).toEqual([ids.nordhausenPraktikum])
    expect(second.total).toBe(4)
  })

  it('suggests a wider radius and dropping a filter when nothing is found, with counts', async () => {
    const result = await run({ where: 'Goslar', radius: 5, type: ['praktikum'] })
    expect(result.total).toBe(0)
    expect(result.suggestions).toEqual(expect.arrayContaining([{ kind: 'drop', param: 'type', count: 2 }]))
    expect(result.suggestions?.some((s) => s.kind === 'radius')).toBe(false)
    const wider = await run({ where: 'Goslar', radius: 50, type: ['praktikum'] })
    expect(wider.total).toBe(0)
    expect(wider.suggestions).toEqual(expect.arrayContaining([{ kind: 'radius', radius: 100, count: 1 }]))
  })
})

describe('when Meilisearch cannot answer', () => {
  const input: Partial<SearchInput> = { where: 'Goslar', radius: 100, type: ['job'], sort: 'newest' }
  let silent: Server
  const sockets: Socket[] = []

  beforeAll(async () => {
    // Accepts connections and never answers: a hung Meilisearch.
    silent = createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => silent.close(() => resolve()))
  })

  it('answers from Postgres with a notice and the same results (connection refused)', async () => {
    const down = createSearchClient({ url: await closedPortUrl(), apiKey: 'unused-key-unused-key' })
    const fromMeili = await run(input)
    const fromPostgres = await searchListings({ ...emptySearchInput(), ...input }, { lang: 'de', search: down })
    expect(fromMeili.notice).toBeUndefined()
    expect(fromPostgres.notice).toBe('fallback')
    expect(fromPostgres.hits.map((h) => h.id)).toEqual([ids.goslarJob, ids.nordhausenJob])
    expect({ ...fromPostgres, notice: undefined, tookMs: 0 }).toEqual({ ...fromMeili, tookMs: 0 })
  })

  it('lets /jobs answer with results and the fallback notice, not an error', async () => {
    setSearch(createSearchClient({ url: await closedPortUrl(), apiKey: 'unused-key-unused-key' }))
    try {
      const request = new Request('http://localhost/jobs?where=Goslar&radius=100&type=job&sort=newest')
      const data = await jobsLoader({ request, params: {}, context: {} as never })
      expect(data.result.notice).toBe('fallback')
      expect(data.result.hits.map((h) => h.id)).toEqual([ids.goslarJob, ids.nordhausenJob])
    } finally {
      setSearch(undefined)
    }
  })

  it('answers from Postgres when Meilisearch hangs past the timeout', async () => {
    const { port } = silent.address() as { port: number }
    const hung = createSearchClient({ url: `http://127.0.0.1:${port}`, apiKey: 'unused-key-unused-key' })
    const started = Date.now()
    const result = await searchListings({ ...emptySearchInput(), ...input }, { lang: 'de', search: hung, timeoutMs: 300 })
    expect(result.notice).toBe('fallback')
    expect(result.total).toBe(2)
    expect(Date.now() - started).toBeLessThan(3_000)
  })
})
