/*
 * npm run bench:relevance: the judged queries of tests/relevance against the demo corpus, through
 * Meilisearch and through the Postgres fallback, with precision, recall, nDCG@10 and the zero-result
 * rate per query, per category and overall. Writes .reports/bench-relevance.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

process.env.LOG_LEVEL ??= 'warn'
const { createReindexSource, loadSynonymSource } = await import('../../app/modules/search/outbox-store.server')
const { seedDemo } = await import('../../db/seed/demo')
const { reindexListings } = await import('../../search/reindex')
const { buildSynonyms } = await import('../../search/settings')
const { createCleanup, openBenchDatabase, startBenchSearch } = await import('./bench-services')
const { JUDGMENTS } = await import('../relevance/judgments')
const { overall } = await import('../relevance/evaluate')
const { measureRelevance } = await import('./relevance')
const { formatRelevance, passes } = await import('../relevance/report')

const cleanup = createCleanup()
process.on('SIGINT', () => void cleanup.run().finally(() => process.exit(130)))
let ok = false
try {
  const work = mkdtempSync(join(tmpdir(), 'passgenau-relevance-'))
  cleanup.add('remove temporary files', () => rmSync(work, { recursive: true, force: true }))
  const database = await openBenchDatabase(cleanup, work)
  const db = database.handle.db
  const now = new Date()
  await seedDemo(db, { now })
  const search = await startBenchSearch(cleanup, work)
  const reindex = await reindexListings(search, createReindexSource(db), { synonyms: buildSynonyms(await loadSynonymSource(db)) })
  console.log(`Relevance on the demo corpus: ${reindex.indexed} published listings; ${database.label}; ${JUDGMENTS.length} judged queries\n`)
  const results = await measureRelevance(db, search, now)
  console.log(formatRelevance(results))
  const out = resolve('.reports/bench-relevance.json')
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, JSON.stringify({ startedAt: now.toISOString(), documents: reindex.indexed, results: results.map((r) => ({ engine: r.engine, overall: overall(r.scores), queries: r.scores })) }, null, 2))
  console.log(`\nFigures written to ${out}`)
  ok = results.every((r) => passes(overall(r.scores)))
} catch (error) {
  console.error(`bench:relevance failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
} finally {
  await cleanup.run()
}
process.exit(ok ? 0 : 1)
