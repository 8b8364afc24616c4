import { and, eq, gt, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { listings, occupations, places } from '../../db/schema'
import type { SearchEngine } from '../../app/modules/search/engine'
import { distanceSql } from '../../app/modules/search/fallback-sql.server'
import { resolvePlace } from '../../app/modules/search/place.server'
import { prepareSearch } from '../../app/modules/search/query.server'
import { parseSearchParams } from '../../app/modules/search/search.schema'
import { DEFAULT_RADIUS, MAX_RESULT_WINDOW } from '../../app/modules/search/search-params'
import type { Judgment } from './judgments'

/**
 * Relevance is judged here, not speed (the benchmarks time searches): a slow answer while other tests
 * load the machine must not turn into a timeout, or into the breaker opening, and count as a miss.
 */
export const JUDGING_TIMEOUT_MS = 30_000

export interface QueryScore {
  judgment: Judgment
  relevant: number
  hits: number
  precision: number
  recall: number
  ndcg10: number
  /** The query names an occupation with open listings and found nothing. */
  isZero: boolean
}

export interface Overall {
  queries: number
  precision: number
  recall: number
  ndcg10: number
  /** Share of the queries naming an occupation with open listings that found nothing. */
  zeroRate: number
  zeroOf: number
}

function slugCondition(pattern: string): SQL {
  if (pattern.startsWith('*') && pattern.endsWith('*')) return like(occupations.slug, `%${pattern.slice(1, -1)}%`)
  if (pattern.endsWith('*')) return like(occupations.slug, `${pattern.slice(0, -1)}%`)
  return eq(occupations.slug, pattern)
}

/** The judged relevant listings of a query: published, visible, of a relevant occupation, type, time and place. */
export async function relevantIds(db: Database, judgment: Judgment, now: Date): Promise<Set<number>> {
  if (judgment.relevant !== 'any' && judgment.relevant.length === 0) return new Set()
  const conditions: Array<SQL | undefined> = [
    eq(listings.status, 'published'),
    or(isNull(listings.expiresAt), gt(listings.expiresAt, now)),
    judgment.relevant === 'any' ? undefined : or(...judgment.relevant.map(slugCondition)),
    judgment.types ? inArray(listings.offerType, [...judgment.types]) : undefined,
    judgment.times ? inArray(listings.workingTime, [...judgment.times]) : undefined,
  ]
  if (judgment.where) {
    const place = await resolvePlace(judgment.where, db)
    if (!place) throw new Error(`judged place ${judgment.where} is not in the gazetteer`)
    conditions.push(sql`${distanceSql(place.lat, place.lng)} <= ${judgment.radius ?? DEFAULT_RADIUS}`)
  }
  const rows = await db
    .select({ id: listings.id })
    .from(listings)
    .innerJoin(occupations, eq(occupations.id, listings.occupationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(and(...conditions))
  return new Set(rows.map((row) => row.id))
}

function ndcgAt10(ranked: number[], relevant: Set<number>): number {
  if (relevant.size === 0) return ranked.length === 0 ? 1 : 0
  const dcg = ranked.slice(0, 10).reduce((sum, id, i) => sum + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0)
  const ideal = Array.from({ length: Math.min(10, relevant.size) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0)
  return dcg / ideal
}

/** One judged query against one engine, through the app's own query understanding and filters. */
export async function scoreQuery(db: Database, engine: SearchEngine, judgment: Judgment, now: Date): Promise<QueryScore> {
  const { input } = parseSearchParams(new URLSearchParams({ q: judgment.q }))
  const { spec } = await prepareSearch(input, db, now)
  const [result, relevant] = await Promise.all([
    engine.search({ spec, sort: 'relevance', page: 1, size: MAX_RESULT_WINDOW }),
    relevantIds(db, judgment, now),
  ])
  const ranked = result.hits.map((hit) => hit.id)
  const found = ranked.filter((id) => relevant.has(id)).length
  const namesOccupation = judgment.relevant !== 'any'
  return {
    judgment,
    relevant: relevant.size,
    hits: result.total,
    precision: ranked.length === 0 ? (relevant.size === 0 ? 1 : 0) : found / ranked.length,
    // Beyond the window Meilisearch serves (10,000 hits, the 100k corpus's broadest queries), recall
    // counts what the window can hold.
    recall: relevant.size === 0 ? 1 : found / Math.min(relevant.size, result.total > ranked.length ? ranked.length : relevant.size),
    ndcg10: ndcgAt10(ranked, relevant),
    isZero: namesOccupation && relevant.size > 0 && result.total === 0,
  }
}

export async function scoreAll(db: Database, engine: SearchEngine, judgments: readonly Judgment[], now: Date): Promise<QueryScore[]> {
  const scores: QueryScore[] = []
  for (const judgment of judgments) scores.push(await scoreQuery(db, engine, judgment, now))
  return scores
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1)

export function overall(scores: QueryScore[]): Overall {
  const naming = scores.filter((s) => s.judgment.relevant !== 'any' && s.relevant > 0)
  return {
    queries: scores.length,
    precision: mean(scores.map((s) => s.precision)),
    recall: mean(scores.map((s) => s.recall)),
    ndcg10: mean(scores.map((s) => s.ndcg10)),
    zeroRate: naming.length ? naming.filter((s) => s.isZero).length / naming.length : 0,
    zeroOf: naming.length,
  }
}
