import { Meilisearch } from 'meilisearch'
import { CircuitBreaker, type BreakerOptions } from './breaker'

export interface SearchConfig {
  url: string
  apiKey: string
  /** Prefix for index names, so tests and several environments can share one server. */
  indexPrefix?: string
}

export interface SearchHandle {
  client: Meilisearch
  config: SearchConfig
  listingsIndex: string
  /** Searches made for a visitor go through it, so a dead engine costs them no waiting. */
  breaker: CircuitBreaker
}

/** No call to Meilisearch waits longer than this; visitors' searches set much shorter deadlines. */
export const CLIENT_TIMEOUT_MS = 30_000

export function createSearchClient(config: SearchConfig, breaker: Partial<BreakerOptions> = {}): SearchHandle {
  const client = new Meilisearch({
    host: config.url,
    apiKey: config.apiKey,
    timeout: CLIENT_TIMEOUT_MS,
    // Identity encoding: with gzip, Meilisearch replies stall ~45 ms on a kept-alive connection.
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  })
  return { client, config, listingsIndex: `${config.indexPrefix ?? ''}listings`, breaker: new CircuitBreaker(breaker) }
}

// The web server and the Remix bundle load this file separately; share one client through globalThis.
const KEY = Symbol.for('passgenau.search')
type Holder = { [KEY]?: SearchHandle }

export function setSearch(handle: SearchHandle | undefined): void {
  ;(globalThis as Holder)[KEY] = handle
}

export function getSearch(): SearchHandle {
  const handle = (globalThis as Holder)[KEY]
  if (!handle) throw new Error('The search client is not configured yet')
  return handle
}
