import { mkdtempSync, rmSync } from 'node:fs'
import { sql } from 'drizzle-orm'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createReindexSource, loadSynonymSource } from '../../app/modules/search/outbox-store.server'
import { reindexListings } from '../../search/reindex'
import { buildSynonyms } from '../../search/settings'
import { createCleanup, openBenchDatabase, startBenchApp, startBenchSearch } from './bench-services'
import { generateListings } from './generate-listings'
import { startHttpLoader } from './http-load'
import type { BenchOptions } from './options'
import { checkAnswers, DIRECT_DESCRIPTION, prepareQueries } from './probes'
import { benchQueries } from './queries'
import { criterionChecks, engineChecks, formatReport, TARGETS, writeReport, type BenchReport, type TargetKey } from './report'
import { measureTargets } from './targets'
import { overall } from '../relevance/evaluate'
import { formatRelevance } from '../relevance/report'
import { measureRelevance } from './relevance'

/** Whatever happens, the run ends (and cleans up) within this time. */
const TIME_LIMIT_MS = 45 * 60_000
const CLEANUP_LIMIT_MS = 30_000

const seconds = (ms: number) => Math.round(ms / 100) / 10
let lastProgress = 0
/** One line rewritten in a terminal; in a log, a line every few seconds and the final ones. */
const progress = (text: string, isFinal = false): void => {
  if (process.stdout.isTTY) return void process.stdout.write(`\r${text}\x1b[K${isFinal ? '\n' : ''}`)
  if (!isFinal && Date.now() - lastProgress < 5_000) return
  lastProgress = Date.now()
  process.stdout.write(`${text}\n`)
}

export async function runBench(opts: BenchOptions): Promise<boolean> {
  const cleanup = createCleanup()
  let interrupted = false
  const abort = (reason: string, code: number) => {
    // One Ctrl-C arrives twice (from the terminal and relayed by tsx): later signals must not end the cleanup.
    if (interrupted) return
    interrupted = true
    console.error(`\n${reason}: cleaning up`)
    setTimeout(() => process.exit(code), CLEANUP_LIMIT_MS).unref()
    void cleanup.run().finally(() => process.exit(code))
  }
  const onSignal = (signal: NodeJS.Signals) => abort(signal, 130)
  const onParentGone = () => abort('the supervising process ended', 1)
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  process.on('disconnect', onParentGone)
  const limit = setTimeout(() => abort(`time limit of ${TIME_LIMIT_MS / 60_000} min reached`, 1), TIME_LIMIT_MS)
  limit.unref()

  try {
    const startedAt = new Date()
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.versions.node, loadAverage: loadavg(), nodeEnv: process.env.NODE_ENV ?? '' }
    const work = mkdtempSync(join(tmpdir(), 'passgenau-bench-'))
    cleanup.add('remove temporary files', () => rmSync(work, { recursive: true, force: true }))

    const database = await openBenchDatabase(cleanup, work)
    const db = database.handle.db
    console.log(`database: ${database.label}, migrated, reference data loaded`)
    const generated = await generateListings(db, opts.listings, { now: startedAt, onProgress: (done, total) => progress(`generating listings: ${done}/${total}`) })
    progress(`generated ${generated.listings} listings (${generated.published} published) of ${generated.companies} companies in ${seconds(generated.ms)} s`, true)
    // A table that has been in use for a while is vacuumed and analysed by autovacuum; a bulk load
    // is not yet, and without its visibility map the fallback's index-only scans read the table.
    if (database.label.startsWith('PostgreSQL')) await db.execute(sql`vacuum (analyze) listings`)

    const search = await startBenchSearch(cleanup, work)
    const synonyms = buildSynonyms(await loadSynonymSource(db))
    const reindex = await reindexListings(search, createReindexSource(db), {
      synonyms,
      onProgress: (done, total) => progress(`full reindex: ${done}/${total} documents`),
    })
    progress(`full reindex: ${reindex.indexed} documents in ${seconds(reindex.ms)} s`, true)

    const relevance = await measureRelevance(db, search, startedAt)
    console.log(`\nRelevance of the judged queries (tests/relevance) on this corpus:\n${formatRelevance(relevance, { perQuery: false })}\n`)

    const { baseUrl, isBuildStale } = await startBenchApp(cleanup, database.handle, search, opts.buildDir)
    if (isBuildStale) console.warn(`warning: ${opts.buildDir}/ is older than app/: the HTTP targets run the last build (npm run build)`)
    const loader = startHttpLoader()
    cleanup.add('stop load process', () => loader.stop())

    const queries = await prepareQueries(benchQueries(startedAt), db)
    const answers = await checkAnswers(baseUrl, search, db, queries)
    console.log(`web app at ${baseUrl}; answers checked: api ${answers.apiMatches}/${queries.length}, jobs ${answers.jobsOk}/${queries.length}`)

    const { targets, baseline } = await measureTargets({ loader, baseUrl, queries, search, db, opts, progress: (text) => progress(text, true) })

    const report: BenchReport = {
      startedAt: startedAt.toISOString(),
      machine,
      options: { ...opts },
      database: database.label,
      generation: { companies: generated.companies, listings: generated.listings, published: generated.published, seconds: seconds(generated.ms) },
      reindex: { documents: reindex.indexed, skipped: reindex.skipped, seconds: seconds(reindex.ms) },
      direct: DIRECT_DESCRIPTION,
      answers: { queries: queries.length, ...answers },
      targets,
      baseline,
      queries: queries.map(({ kind, query }, i) => ({
        kind,
        query,
        medianMs: Object.fromEntries((Object.keys(TARGETS) as TargetKey[]).map((key) => [key, targets[key].latency.perQuery[i]])) as Record<TargetKey, number>,
      })),
      relevance: relevance.map((r) => ({ engine: r.engine, ...overall(r.scores) })),
      checks: criterionChecks(targets, seconds(reindex.ms)),
      freshChecks: criterionChecks(targets, seconds(reindex.ms), 'apiFresh'),
      engineChecks: engineChecks(targets, seconds(reindex.ms)),
    }
    console.log(formatReport(report))
    const out = resolve(opts.out)
    writeReport(report, out)
    console.log(`\nFigures written to ${out}`)
    return report.checks.every((check) => check.pass) && answers.problems.length === 0
  } catch (error) {
    // After Ctrl-C the steps in flight fail as their services go away; the cleanup ends the process.
    if (interrupted) await new Promise(() => {})
    throw error
  } finally {
    clearTimeout(limit)
    if (!interrupted) {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      process.off('disconnect', onParentGone)
      await cleanup.run()
    }
  }
}
