/*
 * npm run bench:match -- [--listings N] [--profiles P]: recommendations for P generated seeker
 * profiles (default 200) against N generated listings (default 100000), each profile's
 * getRecommendations timed end to end (profile load, Meilisearch hard filters, Postgres recheck,
 * scoring). Prints p50/p95 per profile; the target is p95 ≤ 50 ms.
 *
 * PostgreSQL is used when DATABASE_URL or TEST_DATABASE_URL is set (a database passgenau_bench_* is
 * created and dropped), embedded PGlite otherwise. Dynamic imports only: the environment is set first.
 */
process.env.NODE_ENV ??= 'production'
process.env.LOG_LEVEL ??= 'warn'

const { mkdtempSync, rmSync } = await import('node:fs')
const { cpus, tmpdir } = await import('node:os')
const { join } = await import('node:path')
const { parseArgs } = await import('node:util')
const { getRecommendations } = await import('../../app/modules/matching/recommendations.server')
const { createReindexSource, loadSynonymSource } = await import('../../app/modules/search/outbox-store.server')
const { setDatabase } = await import('../../db/client')
const { reindexListings } = await import('../../search/reindex')
const { applyListingSettings, buildSynonyms } = await import('../../search/settings')
const { createCleanup, openBenchDatabase, startBenchSearch } = await import('./bench-services')
const { generateListings } = await import('./generate-listings')
const { generateProfiles } = await import('./match-profiles')
const { summarize } = await import('./measure')

const TARGET_P95_MS = 50
/** Profiles run once before measuring, so JIT, pools and caches are warm as on a running server. */
const WARM_UP_PROFILES = 20

const { values } = parseArgs({
  options: { listings: { type: 'string', default: '100000' }, profiles: { type: 'string', default: '200' } },
  strict: true,
})
const listingCount = Number(values.listings)
const profileCount = Number(values.profiles)
if (!Number.isInteger(listingCount) || listingCount < 1 || listingCount > 1_000_000) throw new Error('--listings must be a whole number from 1 to 1000000')
if (!Number.isInteger(profileCount) || profileCount < 1 || profileCount > 10_000) throw new Error('--profiles must be a whole number from 1 to 10000')

const cleanup = createCleanup()
process.once('SIGINT', () => void cleanup.run().finally(() => process.exit(130)))
const seconds = (ms: number) => (ms / 1000).toFixed(1)

try {
  const now = new Date()
  const work = mkdtempSync(join(tmpdir(), 'passgenau-match-bench-'))
  cleanup.add('remove temporary files', () => rmSync(work, { recursive: true, force: true }))
  const database = await openBenchDatabase(cleanup, work)
  const db = database.handle.db
  setDatabase(database.handle)
  cleanup.add('unset database', () => setDatabase(undefined))
  console.log(`database: ${database.label}`)
  const generated = await generateListings(db, listingCount, { now })
  console.log(`listings: ${generated.listings} generated (${generated.published} published) in ${seconds(generated.ms)} s`)
  const search = await startBenchSearch(cleanup, work)
  const synonyms = buildSynonyms(await loadSynonymSource(db))
  await applyListingSettings(search, { synonyms })
  const reindex = await reindexListings(search, createReindexSource(db), { synonyms })
  console.log(`search index: ${reindex.indexed} documents in ${seconds(reindex.ms)} s`)
  const generatedIds = await generateProfiles(db, profileCount + WARM_UP_PROFILES)
  const warmUpIds = generatedIds.slice(profileCount)
  const userIds = generatedIds.slice(0, profileCount)
  console.log(`profiles: ${userIds.length} generated (+${warmUpIds.length} for warming up)`)
  for (const userId of warmUpIds) await getRecommendations(userId, { lang: 'de', db, search })

  const run = async () => {
    const durations: number[] = []
    const counts: number[] = []
    let errors = 0
    for (const userId of userIds) {
      const started = performance.now()
      try {
        const result = await getRecommendations(userId, { lang: 'de', db, search })
        durations.push(performance.now() - started)
        counts.push(result.hasProfile ? result.recommendations.length : 0)
      } catch (error) {
        errors += 1
        if (errors === 1) console.error(error)
      }
    }
    return { summary: summarize(durations, errors), meanCount: counts.reduce((a, b) => a + b, 0) / (counts.length || 1) }
  }
  // First pass: each measured profile asked for the first time; second: the same profiles again.
  const cold = await run()
  const warm = await run()
  console.log(`\nrecommendations per profile (${profileCount} profiles, ${generated.listings} listings, ${cpus().length} CPUs, node ${process.versions.node})`)
  for (const [label, { summary, meanCount }] of [['first pass', cold], ['second pass', warm]] as const) {
    console.log(
      `  ${label.padEnd(12)} p50 ${summary.p50} ms  p95 ${summary.p95} ms  p99 ${summary.p99} ms  max ${summary.max} ms  mean ${summary.mean} ms  errors ${summary.errors}  recommendations/profile ${meanCount.toFixed(1)}`,
    )
  }
  const passed = cold.summary.errors === 0 && warm.summary.errors === 0 && cold.summary.p95 <= TARGET_P95_MS && warm.summary.p95 <= TARGET_P95_MS
  console.log(`target p95 ≤ ${TARGET_P95_MS} ms: ${passed ? 'met' : 'NOT met'}`)
  process.exitCode = passed ? 0 : 1
} catch (error) {
  console.error(`\nbench:match failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exitCode = 2
} finally {
  await cleanup.run()
}

export {}
