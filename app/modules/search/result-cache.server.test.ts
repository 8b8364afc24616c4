import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedListing, seedOrganization, pickPlace } from '../../../db/seed/factories'
import { createSearchClient, setSearch } from '../../../search/client'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { searchListings, searchResultCache } from './query.server'
import { RESULT_CACHE_DEFAULTS } from './result-cache.server'
import { emptySearchInput } from './search-params'
import { closedPortUrl, indexListings, prepareListingIndex } from './search-index.test-helper'

const ctx = setupAppDatabase()
const search = createTestSearch()
let organizationId: string
let placeId: number
const WORD = 'Zinngießer'

beforeAll(async () => {
  await prepareListingIndex(ctx.db, search)
  placeId = (await pickPlace(ctx.db, { name: 'Goslar' })).id
  organizationId = (await seedOrganization(ctx.db, { placeId })).id
  const first = await seedListing(ctx.db, { organizationId, placeId, title: `${WORD} (m/w/d)` })
  await indexListings(ctx.db, search, [first.id])
  setSearch(search)
})

afterAll(() => setSearch(undefined))

const cached = () => searchResultCache({ fresh: false })
const find = () => searchListings({ ...emptySearchInput(), q: WORD }, { lang: 'de', cache: cached() })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('cached search answers', () => {
  it('answers a repeated search from the cache and follows a change of the index within the version check', async () => {
    const cache = cached()!
    const before = await find()
    expect(before.total).toBe(1)
    expect(cache.size).toBe(1)
    expect((await find()).hits).toEqual(before.hits)

    const second = await seedListing(ctx.db, { organizationId, placeId, title: `${WORD}in (m/w/d)` })
    await indexListings(ctx.db, search, [second.id])
    await sleep(RESULT_CACHE_DEFAULTS.versionCheckMs + 50)
    const after = await find()
    expect(after.total).toBe(2)
    expect(after.hits.map((hit) => hit.id)).toContain(second.id)
  })

  it('gives a request asking for a fresh answer no cache', () => {
    expect(searchResultCache({ fresh: true })).toBeNull()
    expect(searchResultCache({ fresh: false })).not.toBeNull()
  })

  it('keeps no answer from the Postgres fallback', async () => {
    setSearch(createSearchClient({ url: await closedPortUrl(), apiKey: 'unused-key-unused-key' }))
    try {
      const cache = cached()!
      const result = await find()
      expect(result.notice).toBe('fallback')
      expect(result.total).toBeGreaterThan(0)
      expect(cache.size).toBe(0)
    } finally {
      setSearch(search)
    }
  })

  it('asks Meilisearch only for the hits of a later page whose first page it has, with the same facets a fresh page gets', async () => {
    const more = await Promise.all([1, 2, 3].map((n) => seedListing(ctx.db, { organizationId, placeId, title: `${WORD} ${n} (m/w/d)`, offerType: n === 1 ? 'job' : 'ausbildung' })))
    await indexListings(ctx.db, search, more.map((listing) => listing.id))
    await sleep(RESULT_CACHE_DEFAULTS.versionCheckMs + 50)
    const input = { ...emptySearchInput(), q: WORD, type: ['ausbildung' as const], size: 1 }
    const cache = cached()!
    await searchListings(input, { lang: 'de', cache })

    const queries: number[] = []
    const multiSearch = search.client.multiSearch.bind(search.client)
    search.client.multiSearch = ((...args: Parameters<typeof multiSearch>) => {
      queries.push(args[0].queries.length)
      return multiSearch(...args)
    }) as typeof multiSearch
    try {
      const second = await searchListings({ ...input, page: 2 }, { lang: 'de', cache })
      // One query: hits and total, without the offer-type group's disjunctive count.
      expect(queries).toEqual([1])
      const fresh = await searchListings({ ...input, page: 2 }, { lang: 'de', cache: null })
      expect(second.facets).toEqual(fresh.facets)
      expect(second.hits).toEqual(fresh.hits)
      expect(second.total).toBe(fresh.total)
    } finally {
      search.client.multiSearch = multiSearch
    }
  })
})
