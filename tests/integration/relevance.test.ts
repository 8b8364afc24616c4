import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMeiliEngine } from '../../app/modules/search/meili.server'
import { createPostgresEngine } from '../../app/modules/search/fallback.server'
import { createReindexSource, loadSynonymSource } from '../../app/modules/search/outbox-store.server'
import { searchListings } from '../../app/modules/search/query.server'
import { parseSearchParams } from '../../app/modules/search/search.schema'
import { listings, occupations } from '../../db/schema'
import { seedDemo } from '../../db/seed/demo'
import { reindexListings } from '../../search/reindex'
import { buildSynonyms } from '../../search/settings'
import { createTestDatabase, type TestDatabase } from '../support/database'
import { createTestSearch } from '../support/search'
import type { SearchHandle } from '../../search/client'
import { JUDGING_TIMEOUT_MS, overall, scoreAll, type QueryScore } from '../relevance/evaluate'
import { JUDGMENTS } from '../relevance/judgments'
import { THRESHOLDS } from '../relevance/report'

const NOW = new Date()
let t: TestDatabase
const search = createTestSearch()

beforeAll(async () => {
  t = await createTestDatabase()
  await seedDemo(t.db, { now: NOW })
  await reindexListings(search, createReindexSource(t.db), { synonyms: buildSynonyms(await loadSynonymSource(t.db)) })
}, 240_000)
afterAll(async () => {
  await t?.close()
})

/** The open listings of the demo corpus whose occupation has one of these slugs. */
async function listingsOf(...slugs: string[]): Promise<number[]> {
  const rows = await t.db
    .select({ id: listings.id })
    .from(listings)
    .innerJoin(occupations, eq(occupations.id, listings.occupationId))
    .where(and(inArray(occupations.slug, slugs), eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, NOW))))
  return rows.map((row) => row.id).sort((a, b) => a - b)
}

async function hitIds(q: string, engine: SearchHandle | null): Promise<{ ids: number[]; types: string[] }> {
  const { input } = parseSearchParams(new URLSearchParams({ q, size: '100' }))
  const result = await searchListings(input, { lang: 'de', db: t.db, search: engine, now: NOW, timeoutMs: JUDGING_TIMEOUT_MS })
  expect(result.total).toBe(result.hits.length)
  return { ids: result.hits.map((hit) => hit.id).sort((a, b) => a - b), types: [...new Set(result.hits.map((hit) => hit.offerType))] }
}

describe('search precision on the demo corpus', () => {
  const cases: Array<[string, string[]]> = [
    ['Chemikant', ['chemikant-in']],
    ['Chemikantin', ['chemikant-in']],
    ['Hotelfachfrau', ['hotelfachmann-frau']],
    ['MFA', ['medizinische-r-fachangestellte-r']],
    ['Dachdecker', ['dachdecker-in']],
    ['Berufskraftfahrer', ['berufskraftfahrer-in']],
    ['Kraftfahrzeugmechatroniker', ['kraftfahrzeugmechatroniker-in']],
    ['Altenpfleger', ['gesundheits-und-krankenpfleger-krankenschwester', 'pflegehelfer-in']],
  ]
  for (const engine of ['Meilisearch', 'fallback'] as const) {
    it.each(cases)(`${engine}: "%s" finds exactly the listings of its occupation`, async (q, slugs) => {
      const expected = await listingsOf(...slugs)
      expect(expected.length).toBeGreaterThan(0)
      expect((await hitIds(q, engine === 'Meilisearch' ? search : null)).ids).toEqual(expected)
    })

    it(`${engine}: "Azubi KFZ" finds exactly the training places of Kfz-Mechatroniker/in`, async () => {
      const { ids, types } = await hitIds('Azubi KFZ', engine === 'Meilisearch' ? search : null)
      const all = await listingsOf('kraftfahrzeugmechatroniker-in')
      const training = await t.db.select({ id: listings.id }).from(listings).where(sql`${inArray(listings.id, all)} and ${listings.offerType} = 'ausbildung'`)
      expect(types).toEqual(['ausbildung'])
      expect(ids).toEqual(training.map((row) => row.id).sort((a, b) => a - b))
    })
  }
})

describe('the judged relevance set', () => {
  const failures = (scores: QueryScore[]) => scores.filter((score) => score.precision < 1 || score.recall < 1).map((score) => `${score.judgment.q}: P ${score.precision.toFixed(2)} R ${score.recall.toFixed(2)}`)

  it('asks in Ukrainian, Turkish and Arabic for at least 40 occupations each', () => {
    for (const lang of ['uk', 'tr', 'ar'] as const) {
      const asked = new Set(JUDGMENTS.filter((j) => j.category === lang && j.relevant !== 'any').map((j) => [...j.relevant].sort().join(' ')))
      expect(asked.size, lang).toBeGreaterThanOrEqual(40)
    }
  })

  for (const engine of ['Meilisearch', 'fallback'] as const) {
    it(`${engine} meets the precision, recall and zero-result thresholds`, async () => {
      const scores = await scoreAll(t.db, engine === 'Meilisearch' ? createMeiliEngine(search, JUDGING_TIMEOUT_MS) : createPostgresEngine(t.db), JUDGMENTS, NOW)
      const figures = overall(scores)
      expect(figures.queries).toBeGreaterThanOrEqual(250)
      expect(figures.precision, failures(scores).join('\n')).toBeGreaterThanOrEqual(THRESHOLDS.precision)
      expect(figures.recall, failures(scores).join('\n')).toBeGreaterThanOrEqual(THRESHOLDS.recall)
      expect(figures.zeroRate, scores.filter((score) => score.isZero).map((score) => score.judgment.q).join(', ')).toBe(THRESHOLDS.zeroRate)
    }, 240_000)
  }
})
