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

/** Meilisearch unreachable, timed out or refusing: anything but a bug in our own code. */
export function isSearchFailure(error: unknown): boolean {
  if (error instanceof MeilisearchError) return true
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')
}
