import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/**
 * The process's Prometheus metrics. The web server and the Remix bundle load this file separately,
 * so the one registry lives on globalThis, like the database handle.
 */
function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'passgenau_' })
  const registers = [registry]
  return {
    registry,
    requestDuration: new Histogram({
      name: 'passgenau_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route (the Remix route id), method and status.',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    searchDuration: new Histogram({
      name: 'passgenau_search_duration_seconds',
      help: 'Time of a listing search that reached an engine (not served from the answer cache), by the engine that answered.',
      labelNames: ['engine'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    searchFallbacks: new Counter({
      name: 'passgenau_search_fallbacks_total',
      help: 'Listing searches answered by PostgreSQL because Meilisearch could not answer.',
      registers,
    }),
  }
}

export type Metrics = ReturnType<typeof createMetrics>

const KEY = Symbol.for('passgenau.metrics')
type Holder = { [KEY]?: Metrics }

export function getMetrics(): Metrics {
  const holder = globalThis as Holder
  holder[KEY] ??= createMetrics()
  return holder[KEY]
}

/** Records one listing search: which engine answered, how long it took, whether it fell back. */
export function observeSearch(engine: 'meilisearch' | 'postgres', seconds: number, isFallback: boolean): void {
  const metrics = getMetrics()
  metrics.searchDuration.observe({ engine }, seconds)
  if (isFallback) metrics.searchFallbacks.inc()
}
