import type { Database } from '../../db/client'
import { createSearchClient, type SearchHandle } from '../../search/client'
import { translate } from '../../app/i18n'
import { createMeiliEngine } from '../../app/modules/search/meili.server'
import { resolvePlace } from '../../app/modules/search/place.server'
import { prepareSearch, searchListings } from '../../app/modules/search/query.server'
import { parseSearchParams } from '../../app/modules/search/search.schema'
import { type SearchInput } from '../../app/modules/search/search-params'
import type { ResolvedPlace } from '../../app/modules/search/search-types'
import { emptyResultAlternatives } from '../../app/modules/search/suggestions'
import type { Probe } from './measure'
import type { BenchQuery } from './queries'

export interface PreparedQuery extends BenchQuery {
  input: SearchInput
  place: ResolvedPlace | null
}

/** Parses each query as the API does (strictly: a typo in the mix fails loudly) and resolves its place. */
export async function prepareQueries(queries: BenchQuery[], db: Database): Promise<PreparedQuery[]> {
  return Promise.all(
    queries.map(async (query) => {
      const { input, invalid } = parseSearchParams(new URLSearchParams(query.query), { strict: true })
      if (invalid.length > 0) throw new Error(`bench query "${query.query}" is invalid: ${JSON.stringify(invalid)}`)
      const place = input.where ? await resolvePlace(input.where, db) : null
      if (input.where && !place) throw new Error(`bench query "${query.query}": no place "${input.where}"`)
      return { ...query, input, place }
    }),
  )
}

export const DIRECT_DESCRIPTION =
  'the multi-search the app sends (createMeiliEngine: hits with facets plus one disjunctive count query per chosen facet group, and the counts of the ways out for an empty result), from this process through the app\'s Meilisearch client'

/** Long enough that the engine's own queueing shows in the figures instead of aborted requests. */
const DIRECT_TIMEOUT_MS = 30_000

/**
 * The Meilisearch calls searchListings makes, without the app around them (place lookups are cached
 * there too). Through its own client and circuit breaker: a slow answer under load is measured, not
 * cut off, and never trips the breaker the app's requests go through.
 */
export function meiliDirectProbe(search: SearchHandle, db: Database, queries: PreparedQuery[]): Probe {
  const engine = createMeiliEngine(createSearchClient(search.config), DIRECT_TIMEOUT_MS)
  return async (i) => {
    const { input } = queries[i]
    const now = new Date()
    // The app's own reading of the text (cached per text there too): occupations, types, place.
    const { spec, place } = await prepareSearch(input, db, now)
    const result = await engine.search({ spec, sort: input.sort, page: input.page, size: input.size })
    if (result.total === 0) {
      await engine.count(await Promise.all(emptyResultAlternatives(input, place !== null).map(async (a) => (await prepareSearch(a.input, db, now)).spec)))
    }
    return true
  }
}

/** searchListings with Meilisearch switched off, in this process: what /jobs does during an outage. */
export function fallbackProbe(db: Database, queries: PreparedQuery[]): Probe {
  return async (i) => {
    const result = await searchListings(queries[i].input, { lang: 'de', db, search: null })
    return result.notice === 'fallback'
  }
}

export interface AnswerCheck {
  /** Queries where /api/v1/listings gave the same total and hit ids, in order, as Meilisearch directly. */
  apiMatches: number
  /** Queries where /jobs answered 200 without the fallback notice. */
  jobsOk: number
  problems: string[]
}

/** Before timing anything: the HTTP targets answer from Meilisearch, with the same hits as the direct target. */
export async function checkAnswers(baseUrl: string, search: SearchHandle, db: Database, queries: PreparedQuery[]): Promise<AnswerCheck> {
  const engine = createMeiliEngine(search)
  const notice = translate('de', 'search.fallback').slice(0, 36)
  const check: AnswerCheck = { apiMatches: 0, jobsOk: 0, problems: [] }
  for (const { query, input } of queries) {
    const { spec } = await prepareSearch(input, db, new Date())
    const direct = await engine.search({ spec, sort: input.sort, page: input.page, size: input.size })
    const api = await fetch(`${baseUrl}/api/v1/listings?${query}`)
    const body = (await api.json()) as { total: number; hits: Array<{ id: number }> }
    const sameIds = api.ok && body.hits.map((h) => h.id).join() === direct.hits.map((h) => h.id).join()
    if (api.ok && body.total === direct.total && sameIds) check.apiMatches += 1
    else check.problems.push(`api ${query}: status ${api.status}, total ${body.total} vs ${direct.total}${sameIds ? '' : ', other hits'}`)
    const page = await fetch(`${baseUrl}/jobs?${query}`)
    const html = await page.text()
    if (page.status === 200 && !html.includes(notice)) check.jobsOk += 1
    else check.problems.push(`jobs ${query}: status ${page.status}${html.includes(notice) ? ', fallback notice' : ''}`)
  }
  return check
}
