import type { MultiSearchQuery } from 'meilisearch'
import type { Lang } from '~/i18n'
import { boundingBox } from '~/utils/geo'
import { getLogger } from '~/utils/logger.server'
import type { Database } from '../../../db/client'
import type { SearchHandle } from '../../../search/client'
import { buildFilterSpec } from '../search/filter-spec'
import { toMeiliFilter } from '../search/meili-filter'
import { searchListings } from '../search/query.server'
import { isSearchFailure, processSearch, SEARCH_TIMEOUT_MS } from '../search/search-handle.server'
import type { SearchInput } from '../search/search-params'

export interface CandidateOptions {
  lang: Lang
  db: Database
  /** Meilisearch to ask; the process's client when omitted, Postgres only when null. */
  search?: SearchHandle | null
  now: Date
}

export interface CandidateSearch {
  /** The profile's hard filters as a listing search (the Postgres fallback runs it as is). */
  base: SearchInput
  /** Where the radius is measured from, and how far (already including rounding slack). */
  home: { lat: number; lng: number; radiusKm: number } | null
  general: number
  /** Wished occupations: by id in Meilisearch, by name in the Postgres fallback (which has no id filter). */
  occupations: { ids: number[]; words: string[]; size: number }
}

/**
 * The radius as the box around its circle: Meilisearch answers a bounding box from its R-tree in
 * about a millisecond, a `_geoRadius` of 50–100 km over 100k listings takes 15–20 ms (measured on
 * 1.21). The corners are cut off afterwards, on the distance the reasons show.
 */
function boxFilter(home: NonNullable<CandidateSearch['home']>): string {
  const box = boundingBox(home, home.radiusKm)
  return `_geoBoundingBox([${box.maxLat}, ${box.maxLng}], [${box.minLat}, ${box.minLng}])`
}

async function fromMeilisearch(search: SearchHandle, c: CandidateSearch, opts: CandidateOptions): Promise<number[]> {
  // The listing search's own filters without its radius, which the box replaces.
  const spec = buildFilterSpec({ ...c.base, where: '', radius: null }, null, opts.now)
  const filter = [...toMeiliFilter(spec), ...(c.home ? [boxFilter(c.home)] : [])]
  // The general candidates are the newest in reach: inside the radius distance hardly moves the
  // score, and sorting every listing in reach by distance would cost more than the rest together.
  const queries: MultiSearchQuery[] = [{ indexUid: search.listingsIndex, q: '', filter, attributesToRetrieve: ['id'], limit: c.general }]
  if (c.occupations.ids.length > 0) {
    queries.push({
      ...queries[0],
      filter: [...filter, `occupationId IN [${c.occupations.ids.join(', ')}]`],
      sort: c.home ? [`_geoPoint(${c.home.lat}, ${c.home.lng}):asc`] : ['publishedTs:desc'],
      limit: c.occupations.size,
    })
  }
  const { results } = await search.breaker.run((signal) => search.client.multiSearch({ queries }, { signal }), SEARCH_TIMEOUT_MS)
  return results.flatMap((result) => result.hits.map((hit) => (hit as { id: number }).id))
}

async function fromPostgres(c: CandidateSearch, opts: CandidateOptions): Promise<number[]> {
  const inputs = [{ ...c.base, size: c.general }, ...c.occupations.words.map((q) => ({ ...c.base, q, size: c.occupations.size }))]
  const results = await Promise.all(inputs.map((input) => searchListings(input, { lang: opts.lang, db: opts.db, search: null, now: opts.now })))
  return results.flatMap((result) => result.hits.map((hit) => hit.id))
}

/**
 * Ids of listings that pass the profile's hard filters: the newest in reach, and the nearest of
 * the wished occupations. The filters are the listing search's own (buildFilterSpec →
 * toMeiliFilter) but for the radius, given as its bounding box; the caller checks the exact
 * radius. Both searches go to Meilisearch in one multi-search without facets or fields: candidates
 * need only their ids. When Meilisearch cannot answer, searchListings answers from Postgres.
 */
export async function findCandidateIds(c: CandidateSearch, opts: CandidateOptions): Promise<number[]> {
  const search = opts.search === undefined ? processSearch() : opts.search
  if (search) {
    try {
      return [...new Set(await fromMeilisearch(search, c, opts))]
    } catch (error) {
      if (!isSearchFailure(error)) throw error
      getLogger().debug({ reason: (error as Error).message }, 'Meilisearch unavailable for recommendations; answering from Postgres')
    }
  }
  return [...new Set(await fromPostgres(c, opts))]
}
