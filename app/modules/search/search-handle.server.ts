import { MeilisearchError } from 'meilisearch'
import { getSearch, type SearchHandle } from '../../../search/client'

/** The process's Meilisearch client, or null before one is configured (searches then go to Postgres). */
export function processSearch(): SearchHandle | null {
  try {
    return getSearch()
  } catch {
    return null
  }
}

/**
 * How long a visitor's search waits for Meilisearch before Postgres answers instead. Meilisearch
 * answers in a few ms (tens for a cold word in 100k listings); a dead or hung engine costs this once,
 * then the circuit breaker (search/breaker.ts) skips it.
 */
export const SEARCH_TIMEOUT_MS = 300

/** Meilisearch unreachable, timed out, refusing or skipped by the breaker: anything but a bug in our own code. */
export function isSearchFailure(error: unknown): boolean {
  if (error instanceof MeilisearchError) return true
  // By name: the web server and the Remix bundle each load their own copy of search/breaker.ts.
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError' || error.name === 'SearchUnavailableError')
}
