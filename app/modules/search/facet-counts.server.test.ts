import { eq, sql, type SQL } from 'drizzle-orm'
import { rowsOf } from '../../../db/query-rows'
import { beforeAll, describe, expect, it } from 'vitest'
import { listings, places } from '../../../db/schema'
import { seedDemo } from '../../../db/seed/demo'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { distanceKm } from '~/utils/geo'
import { searchListings } from './query.server'
import { emptySearchInput, FACET_PARAMS, type FacetParam, type SearchInput } from './search-params'
import type { SearchResult } from './search-types'
import { indexListings, prepareListingIndex } from './search-index.test-helper'

const ctx = setupAppDatabase()
const search = createTestSearch()


beforeAll(async () => {
  await seedDemo(ctx.db)
  await prepareListingIndex(ctx.db, search)
  const published = await ctx.db.select({ id: listings.id }).from(listings).where(eq(listings.status, 'published'))
  await indexListings(ctx.db, search, published.map((row) => row.id))
})

// Written apart from the fallback's SQL on purpose: the test must not share the code it checks.
const COLUMN: Record<Exclude<FacetParam, 'benefit' | 'worklang'>, string> = {
  type: 'l.offer_type',
  field: 'o.field_code',
  time: 'l.working_time',
  district: 'p.district',
  state: 'p.state',
}
const FROM = sql.raw(`listings l join places p on p.id = l.place_id join occupations o on o.id = l.occupation_id
  where l.status = 'published' and (l.expires_at is null or l.expires_at > now())`)

const ARRAY_COLUMN = { benefit: 'l.benefits', worklang: 'l.workplace_languages' } as const
const isArrayGroup = (name: FacetParam): name is keyof typeof ARRAY_COLUMN => name in ARRAY_COLUMN

function groupFilter(name: FacetParam, values: string[]): SQL {
  const list = sql.join(values.map((v) => sql`${v}`), sql`, `)
  return isArrayGroup(name) ? sql` and ${sql.raw(ARRAY_COLUMN[name])} && array[${list}]::text[]` : sql` and ${sql.raw(COLUMN[name])} in (${list})`
}

/** Postgres's own counts: per group, every chosen filter but that group's, and the radius by id. */
async function postgresCounts(input: SearchInput, ids: number[] | null) {
  const byIds = ids ? sql` and l.id in (${sql.join([0, ...ids].map((id) => sql`${id}`), sql`, `)})` : sql``
  const idFilter = input.germancourse ? sql`${byIds} and l.supports_german_course` : byIds
  const filtersBut = (skip: FacetParam | null) =>
    sql.join(FACET_PARAMS.filter((n) => n !== skip && input[n].length > 0).map((n) => groupFilter(n, input[n])))
  const counts = {} as Record<FacetParam, Record<string, number>>
  for (const name of FACET_PARAMS) {
    const value = isArrayGroup(name) ? sql.raw('b') : sql.raw(COLUMN[name])
    const unnest = isArrayGroup(name) ? sql.raw(` cross join unnest(${ARRAY_COLUMN[name]}) as b`) : sql``
    const from = sql.raw(`listings l join places p on p.id = l.place_id join occupations o on o.id = l.occupation_id`)
    const rows = rowsOf<{ value: string | null; n: number }>(
      await ctx.db.execute(sql`select ${value}::text as value, count(*)::int as n from ${from}${unnest}
        where l.status = 'published' and (l.expires_at is null or l.expires_at > now())${idFilter}${filtersBut(name)}
        group by 1`),
    )
    counts[name] = Object.fromEntries(rows.filter((r) => r.value !== null).map((r) => [r.value, Number(r.n)]))
  }
  const [total] = rowsOf<{ n: number }>(await ctx.db.execute(sql`select count(*)::int as n from ${FROM}${idFilter}${filtersBut(null)}`))
  return { counts, total: Number(total.n) }
}

/** Ids of visible listings within `radius` km of the place the search resolved to. */
async function idsWithin(place: { lat: number; lng: number }, radius: number): Promise<number[]> {
  const rows = await ctx.db
    .select({ id: listings.id, lat: places.lat, lng: places.lng })
    .from(listings)
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(eq(listings.status, 'published'))
  return rows.filter((r) => distanceKm(place, r) <= radius).map((r) => r.id)
}

function shown(result: SearchResult) {
  return Object.fromEntries(
    FACET_PARAMS.map((name) => [name, Object.fromEntries(result.facets[name].filter((v) => v.count > 0).map((v) => [v.value, v.count]))]),
  ) as Record<FacetParam, Record<string, number>>
}

const SCENARIOS: Array<[string, Partial<SearchInput>]> = [
  ['no filter', {}],
  ['one facet chosen (type)', { type: ['ausbildung'] }],
  ['radius and two facets (type, benefit)', { where: 'Goslar', radius: 50, type: ['ausbildung', 'job'], benefit: ['shuttle'] }],
  ['radius, district and working time', { where: 'Nordhausen', radius: 25, district: ['Landkreis Nordhausen'], time: ['vollzeit'] }],
  ['two workplace languages (uk, ar)', { worklang: ['uk', 'ar'] }],
  ['German course support, workplace language and type', { germancourse: true, worklang: ['en'], type: ['job', 'ausbildung'] }],
]

describe.each([
  ['Meilisearch', () => search],
  ['the Postgres fallback', () => null],
])('facet counts from %s', (_engine, engine) => {
  it.each(SCENARIOS)('equal the numbers Postgres gives: %s', async (_name, changes) => {
    const input = { ...emptySearchInput(), ...changes }
    const result = await searchListings(input, { lang: 'de', search: engine() })
    const ids = result.place && input.radius ? await idsWithin(result.place, input.radius) : null
    const expected = await postgresCounts(input, ids)
    expect(result.total).toBeGreaterThan(0)
    expect(result.total).toBe(expected.total)
    expect(shown(result)).toEqual(expected.counts)
    // A chosen group still counts its other values: the counts are disjunctive, not just the selection.
    for (const name of FACET_PARAMS.filter((n) => input[n].length > 0)) {
      expect(Object.keys(expected.counts[name]).some((value) => !(input[name] as string[]).includes(value))).toBe(true)
    }
  })
})
