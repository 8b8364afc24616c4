import { parseArgs } from 'node:util'

export interface BenchOptions {
  listings: number
  /** Measured rounds over the query mix at concurrency 1, after one warm-up round. */
  rounds: number
  /** Rounds for the Postgres fallback, which is an order of magnitude slower. */
  fallbackRounds: number
  /** Seconds of load per target at concurrency 16. */
  duration: number
  concurrency: number
  out: string
  buildDir: string
}

const USAGE = `Usage: npm run bench:search -- [--listings N] [--rounds R] [--fallback-rounds R] [--duration S] [--concurrency C] [--out FILE] [--build-dir DIR]

Generates N listings (default 100000) in a throwaway database, builds a fresh Meilisearch index,
starts the web app from the built bundle (run \`npm run build\` first) and measures a fixed query mix
against Meilisearch directly, /api/v1/listings, /jobs and the Postgres fallback.
PostgreSQL is used when DATABASE_URL or TEST_DATABASE_URL is set (a database passgenau_bench_* is
created and dropped), embedded PGlite otherwise.`

function positive(name: string, raw: string, max: number): number {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} must be a whole number from 1 to ${max}`)
  return value
}

export function parseOptions(argv: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      listings: { type: 'string', default: '100000' },
      rounds: { type: 'string', default: '5' },
      'fallback-rounds': { type: 'string', default: '2' },
      duration: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '16' },
      out: { type: 'string', default: '.reports/bench-search.json' },
      'build-dir': { type: 'string', default: process.env.BUILD_DIR || 'build' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) {
    console.log(USAGE)
    return null
  }
  return {
    // Bounded so a typo cannot fill the disk.
    listings: positive('listings', values.listings, 1_000_000),
    rounds: positive('rounds', values.rounds, 100),
    fallbackRounds: positive('fallback-rounds', values['fallback-rounds'], 100),
    duration: positive('duration', values.duration, 300),
    concurrency: positive('concurrency', values.concurrency, 256),
    out: values.out,
    buildDir: values['build-dir'],
  }
}
