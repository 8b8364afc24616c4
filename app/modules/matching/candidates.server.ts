import { MeilisearchError, type MultiSearchQuery } from 'meilisearch'
import type { Lang } from '~/i18n'
import { getLogger } from '~/utils/logger.server'
import type { Database } from '../../../db/client'
import { getSearch, type SearchHandle } from '../../../search/client'
import { buildFilterSpec } from '../search/filter-spec'
import { toMeiliFilter, toMeiliSort } from '../search/meili-filter'
import { MEILI_TIMEOUT_MS } from '../search/meili.server'
import { resolvePlace } from '../search/place.server'
import { searchListings } from '../search/query.server'
import type { SearchInput } from '../search/search-params'

export interface CandidateOptions {
  lang: Lang
  db: Database
  /** Meilisearch to ask; the process's client when omitted, Postgres only when null. */
  search?: SearchHandle | null
  now: Date
}

function processSearch(): SearchHandle | null {
  try {
    return getSearch()
  } catch {
    return null
  }
}

const isSearchFailure = (error: unknown) =>
  error instanceof MeilisearchError || (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))

export interface CandidateSearch {
  /** The profile's hard filters as a listing search. */
  base: SearchInput
  general: number
  /** Wished occupations: by id in Meilisearch, by name in the Postgres fallback (which has no id filter). */
  occupations: { ids: number[]; words: string[]; size: number }
}

async function fromMeilisearch(search: SearchHandle, c: CandidateSearch, opts: CandidateOptions): Promise<number[]> {
  const place = c.base.where ? await resolvePlace(c.base.where, opts.db) : null
  const spec = buildFilterSpec(c.base, place, opts.now)
  const filter = toMeiliFilter(spec)
  // The general candidates are the newest in reach: sorting every listing in a 100 km radius by
  // distance costs more than the whole rest, and inside the radius distance hardly moves the score.
  const queries: MultiSearchQuery[] = [{ indexUid: search.listingsIndex, q: '', filter, attributesToRetrieve: ['id'], limit: c.general }]
  if (c.occupations.ids.length > 0) {
    const occupationFilter = [...filter, `occupationId IN [${c.occupations.ids.join(', ')}]`]
    queries.push({ ...queries[0], filter: occupationFilter, sort: toMeiliSort(c.base.sort, spec), limit: c.occupations.size })
  }
  const { results } = await search.client.multiSearch({ queries }, { signal: AbortSignal.timeout(MEILI_TIMEOUT_MS) })
  return results.flatMap((result) => result.hits.map((hit) => (hit as { id: number }).id))
}

async function fromPostgres(c: CandidateSearch, opts: CandidateOptions): Promise<number[]> {
  const inputs = [{ ...c.base, size: c.general }, ...c.occupations.words.map((q) => ({ ...c.base, q, size: c.occupations.size }))]
  const results = await Promise.all(inputs.map((input) => searchListings(input, { lang: opts.lang, db: opts.db, search: null, now: opts.now })))
  return results.flatMap((result) => result.hits.map((hit) => hit.id))
}

/**
 * Ids of listings that pass the profile's hard filters: the nearest (or newest) ones, and the
 * nearest of the wished occupations. The filters are the listing search's own (buildFilterSpec →
 * toMeiliFilter), so recommendations and /jobs never disagree on what a radius or a German level
 * means. Both searches go to Meilisearch in one multi-search without facets or fields: candidates
 * need only their ids, and facets would cost more than the search. When Meilisearch cannot
 * answer, searchListings answers from Postgres.
 */
export async function findCandidateIds(c: CandidateSearch, opts: CandidateOptions): Promise<number[]> {
  const search = opts.search === undefined ? processSearch() : opts.search
  if (search) {
    try {
      return [...new Set(await fromMeilisearch(search, c, opts))]
    } catch (error) {
      if (!isSearchFailure(error)) throw error
      getLogger().warn({ reason: (error as Error).message }, 'Meilisearch unavailable for recommendations; answering from Postgres')
    }
  }
  return [...new Set(await fromPostgres(c, opts))]
}
