import type { SearchHandle } from '../../../search/client'
import { SEARCH_TIMEOUT_MS } from './search-handle.server'

export interface ResultCacheOptions {
  /** Most answers kept; the least recently used goes first. */
  maxEntries: number
  /** An answer is reused at most this long, so filters relative to now ("since 7 days") move on. */
  ttlMs: number
  /** How often the index's version is read; an answer may lag a change to the index by this much. */
  versionCheckMs: number
}

export const RESULT_CACHE_DEFAULTS: ResultCacheOptions = { maxEntries: 1_000, ttlMs: 60_000, versionCheckMs: 250 }

interface Entry<T> {
  value: T
  version: string
  storedAt: number
}

/**
 * Answers of identical searches, reused while the index is unchanged. The version is what the search
 * server reports for the index (its `updatedAt`, which every write and swap moves), read at most
 * every `versionCheckMs` by one request while the others wait for it; an answer computed under an
 * older version is never served. Identical searches arriving together are computed once.
 */
export class SearchResultCache<T> {
  private readonly entries = new Map<string, Entry<T>>()
  private readonly computing = new Map<string, Promise<T>>()
  private version: string | null = null
  private checkedAt = Number.NEGATIVE_INFINITY
  private checking: Promise<string | null> | null = null

  constructor(
    private readonly readVersion: () => Promise<string>,
    private readonly opts: ResultCacheOptions = RESULT_CACHE_DEFAULTS,
    private readonly clock: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size
  }

  /**
   * The stored answer for `key`, else `compute()`'s, stored when `isReusable` says so. Without a
   * readable version (search server down) nothing is stored or served from here.
   */
  async remember(key: string, compute: () => Promise<T>, isReusable: (value: T) => boolean): Promise<T> {
    const version = await this.currentVersion()
    if (version === null) return compute()
    const entry = this.entries.get(key)
    if (entry && entry.version === version && this.clock() - entry.storedAt < this.opts.ttlMs) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(key)
      this.entries.set(key, entry)
      return entry.value
    }
    const flightKey = `${version}\n${key}`
    const inFlight = this.computing.get(flightKey)
    if (inFlight) return inFlight
    const pending = compute().finally(() => this.computing.delete(flightKey))
    this.computing.set(flightKey, pending)
    const value = await pending
    if (isReusable(value)) this.store(key, { value, version, storedAt: this.clock() })
    return value
  }

  /** The stored answer for `key` while the index is unchanged, or undefined; never computes one. */
  async peek(key: string): Promise<T | undefined> {
    const version = await this.currentVersion()
    const entry = this.entries.get(key)
    return version !== null && entry && entry.version === version && this.clock() - entry.storedAt < this.opts.ttlMs ? entry.value : undefined
  }

  private store(key: string, entry: Entry<T>): void {
    this.entries.delete(key)
    while (this.entries.size >= this.opts.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, entry)
  }

  private currentVersion(): Promise<string | null> | string | null {
    if (this.clock() - this.checkedAt < this.opts.versionCheckMs) return this.version
    this.checking ??= this.readVersion()
      .catch(() => null)
      .then((version) => {
        if (version !== this.version) this.entries.clear()
        this.version = version
        this.checkedAt = this.clock()
        return version
      })
      .finally(() => (this.checking = null))
    return this.checking
  }
}

/**
 * The version of the listings index as its search server reports it; an error when the server does
 * not answer within a search's deadline, or at once while the circuit breaker skips it.
 */
export function listingsIndexVersion(search: SearchHandle): () => Promise<string> {
  const index = search.client.index(search.listingsIndex)
  return async () => {
    const { updatedAt } = await search.breaker.run(() => index.getRawInfo(), SEARCH_TIMEOUT_MS)
    return String(updatedAt)
  }
}
