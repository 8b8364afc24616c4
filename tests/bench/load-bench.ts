/*
 * npm run bench:load -- [--seconds S] [--concurrency C] [--port-base P] [--meili-port P] [--build-dir DIR]
 *
 * The whole installation under mixed load: 2 web processes and 2 workers on a fresh database of
 * the machine's PostgreSQL (DATABASE_URL / TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432),
 * one local Meilisearch and a local SMTP sink; requests alternate between the web processes' ports.
 * Prints p50/p95/p99 per kind of request and the count of 5xx, then checks that every mail arrived
 * exactly once, the outbox is empty and the index equals the published listings. Exits non-zero
 * on any 5xx or failed check.
 */
import { cpus, loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { createCleanup } from './bench-services'
import { checkAfterLoad, checksPass, type LoadChecks } from './load-checks'
import { startLoadCluster } from './load-cluster'
import { createMix, driveLoad, KINDS, prepareMix, type Sample } from './load-mix'
import { summarize } from './measure'

function options() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '300' },
      concurrency: { type: 'string', default: '32' },
      'port-base': { type: 'string', default: '0' },
      'meili-port': { type: 'string', default: '0' },
      'build-dir': { type: 'string', default: process.env.BUILD_DIR || 'build' },
    },
    strict: true,
  })
  const whole = (name: string, raw: string, min: number, max: number) => {
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`)
    return value
  }
  return {
    seconds: whole('seconds', values.seconds, 5, 3_600),
    concurrency: whole('concurrency', values.concurrency, 1, 256),
    portBase: whole('port-base', values['port-base'], 0, 65_000),
    meiliPort: whole('meili-port', values['meili-port'], 0, 65_535),
    buildDir: values['build-dir'],
  }
}

const fixed = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1).padStart(8) : '       –')

function printTable(samples: Sample[], seconds: number) {
  console.log(`\n${'kind'.padEnd(16)}${'count'.padStart(7)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'5xx'.padStart(6)}${'other'.padStart(7)}`)
  for (const kind of KINDS) {
    const mine = samples.filter((s) => s.kind === kind)
    const ok = mine.filter((s) => s.status >= 200 && s.status < 400)
    const summary = summarize(ok.map((s) => s.ms), mine.length - ok.length)
    const fives = mine.filter((s) => s.status >= 500).length
    const other = mine.length - ok.length - fives
    console.log(`${kind.padEnd(16)}${String(mine.length).padStart(7)} ${fixed(summary.p50)} ${fixed(summary.p95)} ${fixed(summary.p99)}${String(fives).padStart(6)}${String(other).padStart(7)}`)
  }
  const fives = samples.filter((s) => s.status >= 500).length
  console.log(`\n${samples.length} requests in ${seconds} s (${(samples.length / seconds).toFixed(1)}/s); 5xx: ${fives}; failed without an answer: ${samples.filter((s) => s.status === 0).length}`)
  return fives
}

function printChecks(checks: LoadChecks) {
  const { mail, index } = checks
  console.log(`mail: ${mail.rows} queued, ${mail.delivered} received by the sink; lost ${mail.lost}, duplicated ${mail.duplicated}, unknown ${mail.unknown}`)
  console.log(`search outbox: ${checks.outboxDepth} rows pending`)
  console.log(`index: ${index.documents} documents for ${index.published} published listings; missing ${index.missing}, extra ${index.extra}`)
}

async function main() {
  const opts = options()
  const cleanup = createCleanup()
  let interrupted = false
  const onSignal = () => {
    interrupted = true
    void cleanup.run().then(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    console.log(`Starting 2 web processes, 2 workers, Meilisearch and an SMTP sink (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores)…`)
    const cluster = await startLoadCluster(cleanup, { webs: 2, workers: 2, portBase: opts.portBase, meiliPort: opts.meiliPort, buildDir: opts.buildDir })
    const baseUrls = cluster.webs.map((w) => w.url)
    console.log(`Database: ${cluster.databaseLabel}; web: ${baseUrls.join(', ')}`)
    const data = await prepareMix(cluster.handle.db, { baseUrl: baseUrls[0], clientIp: '198.19.0.1' }, { seekers: 300 })
    console.log(`Load: concurrency ${opts.concurrency} for ${opts.seconds} s over ${data.listingPaths.length} listings and ${data.companyPaths.length} companies…`)
    const started = Date.now()
    const samples = await driveLoad(baseUrls, createMix(data), {
      concurrency: opts.concurrency,
      seconds: opts.seconds,
      onProgress: (done) => console.log(`  ${Math.round((Date.now() - started) / 1000)} s: ${done} requests (load average ${loadavg()[0].toFixed(2)})`),
    })
    const fives = printTable(samples, opts.seconds)
    console.log(`load average after the run: ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n\nChecking mail, outbox and index…`)
    const checks = await checkAfterLoad(cluster.handle.db, cluster.search, cluster.sink, 'passgenau.example')
    printChecks(checks)
    const ok = fives === 0 && checksPass(checks)
    console.log(ok ? '\nbench:load passed' : '\nbench:load FAILED')
    process.exitCode = ok ? 0 : 1
  } catch (error) {
    if (!interrupted) console.error(`\nbench:load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exitCode = 1
  } finally {
    if (!interrupted) await cleanup.run()
  }
}

void main()
