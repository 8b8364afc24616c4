/** One call of the target for query `index`; resolves false (or throws) when the answer was wrong. */
export type Probe = (index: number) => Promise<boolean>

export interface LatencySummary {
  count: number
  errors: number
  mean: number
  p50: number
  p95: number
  p99: number
  max: number
}

export interface LatencyRun {
  summary: LatencySummary
  /** Median per query of the mix, in its order: where a slow target loses its time. */
  perQuery: number[]
}

export interface ThroughputRun {
  concurrency: number
  seconds: number
  requests: number
  errors: number
  rps: number
  latency: LatencySummary
}

const round2 = (x: number) => Math.round(x * 100) / 100

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export function summarize(durations: number[], errors: number): LatencySummary {
  const sorted = [...durations].sort((a, b) => a - b)
  const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)
  return {
    count: sorted.length,
    errors,
    mean: round2(mean),
    p50: round2(percentile(sorted, 50)),
    p95: round2(percentile(sorted, 95)),
    p99: round2(percentile(sorted, 99)),
    max: round2(sorted[sorted.length - 1] ?? NaN),
  }
}

async function timed(probe: Probe, index: number): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now()
  let ok: boolean
  try {
    ok = await probe(index)
  } catch {
    ok = false
  }
  return { ms: performance.now() - started, ok }
}

/**
 * Concurrency 1: one warm-up pass over the mix (first sight of each word, cold caches), then
 * `rounds` measured passes. Failed calls count as errors and stay out of the percentiles.
 */
export async function measureLatency(probe: Probe, queries: number, rounds: number): Promise<LatencyRun> {
  for (let i = 0; i < queries; i++) await timed(probe, i)
  const all: number[] = []
  const byQuery: number[][] = Array.from({ length: queries }, () => [])
  let errors = 0
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < queries; i++) {
      const { ms, ok } = await timed(probe, i)
      if (!ok) {
        errors += 1
        continue
      }
      all.push(ms)
      byQuery[i].push(ms)
    }
  }
  return { summary: summarize(all, errors), perQuery: byQuery.map((list) => summarize(list, 0).p50) }
}

/** `concurrency` callers, each going round the mix from its own starting point, for `seconds`. */
export async function measureThroughput(probe: Probe, queries: number, concurrency: number, seconds: number): Promise<ThroughputRun> {
  const durations: number[] = []
  let errors = 0
  const started = performance.now()
  const deadline = started + seconds * 1000
  const caller = async (offset: number) => {
    for (let n = offset; performance.now() < deadline; n++) {
      const { ms, ok } = await timed(probe, n % queries)
      if (ok) durations.push(ms)
      else errors += 1
    }
  }
  await Promise.all(Array.from({ length: concurrency }, (_, k) => caller(Math.floor((k * queries) / concurrency))))
  const elapsed = (performance.now() - started) / 1000
  const requests = durations.length + errors
  return {
    concurrency,
    seconds: round2(elapsed),
    requests,
    errors,
    // Only answered requests count towards the rate.
    rps: round2(durations.length / elapsed),
    latency: summarize(durations, errors),
  }
}
