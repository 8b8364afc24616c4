import { MeilisearchApiError } from 'meilisearch'
import { getDb, type Database } from '../../../db/client'
import type { SearchHandle } from '../../../search/client'
import type { Lang } from '~/i18n'
import { getLogger } from '~/utils/logger.server'
import { observeSearch } from '~/utils/metrics.server'
import type { EngineQuery, EngineResult, SearchEngine } from './engine'
import { createPostgresEngine } from './fallback.server'
import { buildFacets } from './facets'
import { loadFieldTitles } from './fields.server'
import { buildFilterSpec, type FilterSpec } from './filter-spec'
import { toListingHit } from './hits'
import { createMeiliEngine } from './meili.server'
import { withPlaceIds } from './place-ids.server'
import { resolvePlace } from './place.server'
import { isSearchFailure, processSearch } from './search-handle.server'
import { listingsIndexVersion, SearchResultCache } from './result-cache.server'
import { FACET_PARAMS, type FacetParam, type SearchInput } from './search-params'
import type { Facets, RelatedOccupation, ResolvedPlace, SearchResult, Suggestion } from './search-types'
import { applyUnderstanding, summarise, withPlaceInWhere } from './understanding/apply'
import { getLexicons, understandSearchText } from './understanding/lexicon.server'
import { relatedOccupations } from './understanding/related'
import type { UnderstoodQuery } from './understanding/understand'
import { emptyResultAlternatives } from './suggestions'

export interface SearchOptions {
  lang: Lang
  db?: Database
  /** Meilisearch to ask; the process's client when omitted, none (Postgres only) when null. */
  search?: SearchHandle | null
  now?: Date
  timeoutMs?: number
  /** Offer related occupations for a thin result (the pages people read); alerts and recommendations need none. */
  withRelated?: boolean
  /** Answers of identical searches to reuse (searchResultCache); none when omitted. */
  cache?: SearchResultCache<SearchResult> | null
}

interface Answer {
  engine: SearchEngine
  result: EngineResult
  isFallback: boolean
}

async function answer(query: EngineQuery, db: Database, search: SearchHandle | null, timeoutMs?: number): Promise<Answer> {
  if (search) {
    // The breaker (search/breaker.ts) fails at once while the engine is known to be down.
    const engine = createMeiliEngine(search, timeoutMs)
    try {
      return { engine, result: await engine.search(query), isFallback: false }
    } catch (error) {
      if (!isSearchFailure(error)) throw error
      const isRejected = error instanceof MeilisearchApiError && (error.response?.status ?? 500) < 500
      // A rejected query is our bug and stays loud; an outage is expected, and the breaker logs it.
      if (isRejected) getLogger().error({ err: error }, 'Meilisearch rejected a search; answering from Postgres')
    }
  }
  const engine = createPostgresEngine(db)
  return { engine, result: await engine.search(query), isFallback: true }
}

/**
 * The listing search behind `/jobs` and `/api/v1/listings`: resolves `where` through the gazetteer,
 * asks Meilisearch (hits, disjunctive facet counts) and, when it cannot answer, Postgres with the
 * same filters. An empty result comes with ways out and the hits each would give.
 */
export async function searchListings(input: SearchInput, opts: SearchOptions): Promise<SearchResult> {
  if (!opts.cache) return computeSearch(input, opts)
  const { cache } = opts
  const started = performance.now()
  const keyOf = (search: SearchInput) => `${opts.lang}\n${JSON.stringify(search)}`
  const result = await cache.remember(
    keyOf(input),
    async () => {
      // A later page has the facets of its first page, which someone paging through just saw: only the hits are asked for.
      const first = input.page > 1 ? await cache.peek(keyOf({ ...input, page: 1 })) : undefined
      return computeSearch(input, opts, first?.notice === 'fallback' ? undefined : first?.facets)
    },
    (r) => r.notice !== 'fallback',
  )
  return { ...result, tookMs: elapsedMs(started) }
}

const emptyCounts = () => Object.fromEntries(FACET_PARAMS.map((name) => [name, {}])) as Record<FacetParam, Record<string, number>>

const elapsedMs = (started: number) => Math.round((performance.now() - started) * 10) / 10

const caches = new WeakMap<SearchHandle, SearchResultCache<SearchResult>>()

/**
 * The process's cache of search answers, or null when the answer must be computed now (the request
 * asked for a fresh one) or no search server is set up.
 */
export function searchResultCache({ fresh }: { fresh: boolean }): SearchResultCache<SearchResult> | null {
  const search = processSearch()
  if (fresh || !search) return null
  let cache = caches.get(search)
  if (!cache) caches.set(search, (cache = new SearchResultCache<SearchResult>(listingsIndexVersion(search))))
  return cache
}

export interface PreparedSearch {
  spec: FilterSpec
  place: ResolvedPlace | null
  /** The search as the engines run it: understood words turned into filters. */
  effective: SearchInput
  understood: UnderstoodQuery | null
}

/** Reads the text (unless asked to search it literally), resolves the place and builds the filters. */
export async function prepareSearch(input: SearchInput, db: Database, now: Date): Promise<PreparedSearch> {
  const understood = input.literal || !input.q.trim() ? null : await understandSearchText(input.q, db)
  const effective = applyUnderstanding(input, understood)
  const place = effective.where ? await resolvePlace(effective.where, db) : null
  const spec = await withPlaceIds(db, buildFilterSpec(effective, place, now, understood?.occupationIds ?? null))
  return { spec, place, effective, understood }
}

/** Fewer hits than this for a named occupation, and the page offers related occupations. */
const THIN_RESULT = 5
const RELATED_SHOWN = 5

/** Related occupations (same KldB field, else the same area) with hits under the same filters, most first. */
async function relatedSuggestions(engine: SearchEngine, spec: FilterSpec, named: number[], db: Database): Promise<RelatedOccupation[]> {
  const lexicon = (await getLexicons(db)).occupations
  const { sameField, sameArea } = relatedOccupations(named, lexicon)
  for (const candidates of [sameField, sameArea]) {
    if (candidates.length === 0) continue
    const counts = await engine.countByOccupation({ ...spec, occupationIds: candidates })
    if (counts.size === 0) continue
    return [...counts]
      .sort((a, b) => b[1] - a[1] || lexicon.nameOf.get(a[0])!.localeCompare(lexicon.nameOf.get(b[0])!, 'de'))
      .slice(0, RELATED_SHOWN)
      .map(([id, count]) => ({ name: lexicon.nameOf.get(id)!, count }))
  }
  return []
}

/** A way out that moved the place from the text into `where` says so, so its link can too. */
function movedPlace(input: SearchInput, alternative: SearchInput): { where?: string; q?: string } {
  return alternative.where !== input.where ? { where: alternative.where, q: alternative.q } : {}
}

async function computeSearch(input: SearchInput, opts: SearchOptions, knownFacets?: Facets): Promise<SearchResult> {
  const started = performance.now()
  const db = opts.db ?? getDb()
  const now = opts.now ?? new Date()
  const search = opts.search === undefined ? processSearch() : opts.search
  const { spec, place, effective, understood } = await prepareSearch(input, db, now)
  const [{ engine, result, isFallback }, fieldTitles] = await Promise.all([
    answer({ spec, sort: input.sort, page: input.page, size: input.size, withFacets: !knownFacets }, db, search, opts.timeoutMs),
    loadFieldTitles(db),
  ])
  // Without a configured Meilisearch (null), Postgres answering is the plan, not a fallback.
  observeSearch(isFallback ? 'postgres' : 'meilisearch', (performance.now() - started) / 1000, isFallback && search !== null)

  let suggestions: Suggestion[] | undefined
  if (result.total === 0) {
    const alternatives = emptyResultAlternatives(withPlaceInWhere(input, understood), place !== null)
    const specs = await Promise.all(alternatives.map(async (alternative) => (await prepareSearch(alternative.input, db, now)).spec))
    const counts = await engine.count(specs).catch(() => createPostgresEngine(db).count(specs))
    suggestions = alternatives
      .map((alternative, i) => ({ ...alternative.suggestion, ...movedPlace(input, alternative.input), count: counts[i] }) as Suggestion)
      .filter((suggestion) => suggestion.count > 0)
  }
  const related = opts.withRelated && understood?.occupationIds && result.total < THIN_RESULT ? await relatedSuggestions(engine, spec, understood.occupationIds, db).catch(() => []) : []

  return {
    total: result.total,
    page: input.page,
    size: input.size,
    hits: result.hits.map((hit) => toListingHit(hit, place)),
    facets: knownFacets ?? buildFacets(result.facetCounts ?? emptyCounts(), input, fieldTitles, opts.lang),
    place,
    ...(understood ? { understood: summarise(understood) } : {}),
    ...(effective.where && !place ? { whereNotFound: true as const } : {}),
    ...(isFallback ? { notice: 'fallback' as const } : {}),
    ...(suggestions ? { suggestions } : {}),
    ...(related.length ? { related } : {}),
    tookMs: elapsedMs(started),
  }
}
