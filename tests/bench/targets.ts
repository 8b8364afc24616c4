import type { Database } from '../../db/client'
import type { SearchHandle } from '../../search/client'
import type { HttpLoader } from './http-load'
import { measureLatency, measureThroughput, type LatencyRun, type Probe, type ThroughputRun } from './measure'
import type { BenchOptions } from './options'
import { fallbackProbe, meiliDirectProbe, type PreparedQuery } from './probes'
import { TARGETS, type TargetFigures, type TargetKey } from './report'

interface Context {
  loader: HttpLoader
  baseUrl: string
  queries: PreparedQuery[]
  search: SearchHandle
  db: Database
  opts: BenchOptions
  progress: (text: string) => void
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path)

/**
 * Each target in turn, never two at once: concurrency 1 (latency percentiles), then concurrency
 * `opts.concurrency` for `opts.duration` seconds. HTTP targets are driven from the load process,
 * in-process targets from here.
 */
export async function measureTargets(ctx: Context): Promise<{ targets: Record<TargetKey, TargetFigures>; baseline: TargetFigures }> {
  const { loader, baseUrl, queries, opts } = ctx
  const http = (path: (q: PreparedQuery) => string, accept: 'application/json' | 'text/html', fresh = false) => ({
    latency: (rounds: number) => loader.latency({ baseUrl, paths: queries.map(path), accept, rounds, fresh }),
    throughput: () => loader.throughput({ baseUrl, paths: queries.map(path), accept, fresh, concurrency: opts.concurrency, seconds: opts.duration }),
  })
  const inProcess = (probe: Probe) => ({
    latency: (rounds: number) => measureLatency(probe, queries.length, rounds),
    throughput: () => measureThroughput(probe, queries.length, opts.concurrency, opts.duration),
  })
  const runners: Record<TargetKey, { latency: (rounds: number) => Promise<LatencyRun>; throughput: () => Promise<ThroughputRun> }> = {
    meili: inProcess(meiliDirectProbe(ctx.search, ctx.db, queries)),
    apiFresh: http((q) => withQuery('/api/v1/listings', q.query), 'application/json', true),
    api: http((q) => withQuery('/api/v1/listings', q.query), 'application/json'),
    jobs: http((q) => withQuery('/jobs', q.query), 'text/html'),
    jobsFresh: http((q) => withQuery('/jobs', q.query), 'text/html', true),
    fallback: inProcess(fallbackProbe(ctx.db, queries)),
  }

  const targets = {} as Record<TargetKey, TargetFigures>
  for (const key of Object.keys(TARGETS) as TargetKey[]) {
    ctx.progress(`${TARGETS[key]}: concurrency 1`)
    const latency = await runners[key].latency(key === 'fallback' ? opts.fallbackRounds : opts.rounds)
    ctx.progress(`${TARGETS[key]}: concurrency ${opts.concurrency} for ${opts.duration} s`)
    targets[key] = { latency, throughput: await runners[key].throughput() }
  }

  // The same HTTP stack around a loader that does nothing: what the app costs before any search.
  ctx.progress('baseline: GET /healthz')
  const health = { baseUrl, paths: queries.map(() => '/healthz'), accept: 'application/json' as const }
  const baseline = {
    latency: await loader.latency({ ...health, rounds: opts.rounds }),
    throughput: await loader.throughput({ ...health, concurrency: opts.concurrency, seconds: Math.min(opts.duration, 5) }),
  }
  return { targets, baseline }
}
