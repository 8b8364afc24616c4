import { Meilisearch } from 'meilisearch'

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
}

export function createSearchClient(config: SearchConfig): SearchHandle {
  const client = new Meilisearch({
    host: config.url,
    apiKey: config.apiKey,
    // Identity encoding: with gzip, Meilisearch replies stall ~45 ms on a kept-alive connection.
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  })
  return { client, config, listingsIndex: `${config.indexPrefix ?? ''}listings` }
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
