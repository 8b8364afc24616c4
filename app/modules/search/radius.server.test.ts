import { and, eq, isNotNull } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { places, type Place } from '../../../db/schema'
import { seedListing } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { distanceKm } from '~/utils/geo'
import { searchListings } from './query.server'
import { emptySearchInput, type Radius, type SearchInput } from './search-params'
import { indexListings, prepareListingIndex } from './search-index.test-helper'

const ctx = setupAppDatabase()
const search = createTestSearch()

/** Two real towns of the gazetteer in different states, 23.5–24.5 km apart. */
async function townsAcrossStateLine(): Promise<{ center: Place; far: Place; km: number }> {
  const towns = await ctx.db.select().from(places).where(and(eq(places.isHarz, true), isNotNull(places.population)))
  towns.sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.id - b.id)
  for (const center of towns) {
    for (const far of towns) {
      const km = distanceKm(center, far)
      if (center.stateCode !== far.stateCode && km >= 23.5 && km <= 24.5) return { center, far, km }
    }
  }
  throw new Error('no pair of towns ~24 km apart across a state line')
}

let pair: Awaited<ReturnType<typeof townsAcrossStateLine>>
let listingId: number

const around = (center: Place, radius: Radius): SearchInput => ({ ...emptySearchInput(), where: `${center.postalCode} ${center.name}`, radius })

beforeAll(async () => {
  pair = await townsAcrossStateLine()
  const [listing] = await Promise.all([seedListing(ctx.db, { placeId: pair.far.id }), prepareListingIndex(ctx.db, search)])
  listingId = listing.id
  await indexListings(ctx.db, search, [listingId])
})

describe('radius search', () => {
  it('resolves the searched town to the gazetteer row', async () => {
    const result = await searchListings(around(pair.center, 25), { lang: 'de', search })
    expect(result.place?.id).toBe(pair.center.id)
  })

  // 20 km is not a choice of the form (5, 10, 25, 50, 100), so the engines get it through the input directly.
  it('finds a listing ~24 km away across a state line at 25 km, not at 20 km', async () => {
    const at25 = await searchListings(around(pair.center, 25), { lang: 'de', search })
    const at20 = await searchListings(around(pair.center, 20 as Radius), { lang: 'de', search })
    expect(at25.notice).toBeUndefined()
    expect(at25.hits.map((h) => h.id)).toEqual([listingId])
    expect(at20.total).toBe(0)
    const hit = at25.hits[0]
    expect(hit.state).not.toBe(pair.center.state)
    expect(hit.distanceKm).toBeCloseTo(pair.km, 1)
  })

  it('draws the same line in the Postgres fallback', async () => {
    const outer = await searchListings(around(pair.center, 25), { lang: 'de', search: null })
    const inner = await searchListings(around(pair.center, 20 as Radius), { lang: 'de', search: null })
    expect(outer.notice).toBe('fallback')
    expect(outer.hits.map((h) => h.id)).toEqual([listingId])
    expect(outer.hits[0].distanceKm).toBeCloseTo(pair.km, 1)
    expect(inner.total).toBe(0)
  })
})
