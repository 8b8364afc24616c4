import { MeilisearchRequestError } from 'meilisearch'
import type { SearchHandle } from './client'
import { toListingDocument, type ListingDocument, type ListingDocumentSource } from './documents'
import { SHORT_TASK_TIMEOUT_MS, waitForSuccess } from './tasks'

export interface OutboxRow {
  id: number
  entity: 'listing' | 'organization'
  entityId: string
  attempts: number
}

export interface OutboxFailure {
  id: number
  nextAttemptAt: Date
}

/** The data access the sync needs; search/ cannot import the database, so the caller supplies it. */
export interface OutboxStore {
  /** Takes up to `limit` due rows and leases them, so no other worker takes them meanwhile. */
  claimDue(limit: number): Promise<OutboxRow[]>
  /** The listings among `ids` that are published and not expired right now. */
  loadListings(ids: number[]): Promise<ListingDocumentSource[]>
  /** The ids of every listing of these organizations, whatever their status. */
  listingIdsOfOrganizations(organizationIds: string[]): Promise<number[]>
  markProcessed(ids: number[]): Promise<void>
  /** Counts an attempt, keeps the error and puts each row back for its next attempt. */
  markFailed(failures: OutboxFailure[], error: string): Promise<void>
  /** Makes every row waiting out a backoff due now; used once Meilisearch answers again. */
  retryWaitingNow(): Promise<void>
}

export const BACKOFF_BASE_MS = 1_000
export const BACKOFF_MAX_MS = 5 * 60_000

/** Exponential backoff: 1 s, 2 s, 4 s … capped at 5 minutes; `attempts` counts the failures so far. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempts, 30)), BACKOFF_MAX_MS)
}

export interface DrainResult {
  claimed: number
  processed: number
  failed: number
  upserted: number
  deleted: number
  /** The batch failed because Meilisearch could not be reached at all. */
  unreachable: boolean
}

async function listingIdsOf(store: OutboxStore, rows: OutboxRow[]): Promise<number[]> {
  const ids = new Set<number>()
  for (const row of rows) {
    const id = Number(row.entityId)
    if (row.entity === 'listing' && Number.isSafeInteger(id)) ids.add(id)
  }
  const organizationIds = [...new Set(rows.filter((r) => r.entity === 'organization').map((r) => r.entityId))]
  if (organizationIds.length) for (const id of await store.listingIdsOfOrganizations(organizationIds)) ids.add(id)
  return [...ids]
}

/**
 * One batch: the current state of each touched listing goes to Meilisearch — upserted when it is
 * published, deleted otherwise. Rows are marked processed only after Meilisearch confirmed the
 * tasks; on any failure the whole batch is put back with backoff. Rows are never dropped.
 */
export async function drainOutboxOnce(
  store: OutboxStore,
  search: SearchHandle,
  opts: { batchSize?: number; now?: () => Date } = {},
): Promise<DrainResult> {
  const now = opts.now ?? (() => new Date())
  const rows = await store.claimDue(opts.batchSize ?? 200)
  if (rows.length === 0) return { claimed: 0, processed: 0, failed: 0, upserted: 0, deleted: 0, unreachable: false }
  try {
    const ids = await listingIdsOf(store, rows)
    const sources = ids.length ? await store.loadListings(ids) : []
    const { documents, broken, brokenOrganizations } = mapDocuments(sources)
    const kept = new Set(documents.map((d) => d.id))
    const gone = ids.filter((id) => !kept.has(id) && !broken.has(id))
    const index = search.client.index<ListingDocument>(search.listingsIndex)
    // Enqueued one after the other (a second request still in flight when the first fails would
    // reject unhandled), then awaited together: Meilisearch applies them in order and may batch them.
    const upsert = documents.length ? index.addDocuments(documents, { primaryKey: 'id' }) : undefined
    await upsert
    const removal = gone.length ? index.deleteDocuments(gone) : undefined
    await removal
    for (const task of [upsert, removal]) if (task) await waitForSuccess(task, SHORT_TASK_TIMEOUT_MS)
    // A company's row stands for all its listings: it waits until every one of them went through.
    const poisoned = rows.filter((r) =>
      r.entity === 'listing' ? broken.has(Number(r.entityId)) : brokenOrganizations.has(r.entityId),
    )
    const done = rows.filter((r) => !poisoned.includes(r))
    if (done.length) await store.markProcessed(done.map((r) => r.id))
    if (poisoned.length) await store.markFailed(retryLater(poisoned, now()), [...broken.values()].join('; '))
    const counts = { upserted: documents.length, deleted: gone.length, unreachable: false }
    return { claimed: rows.length, processed: done.length, failed: poisoned.length, ...counts }
  } catch (error) {
    await store.markFailed(retryLater(rows, now()), describeError(error))
    const unreachable = error instanceof MeilisearchRequestError
    return { claimed: rows.length, processed: 0, failed: rows.length, upserted: 0, deleted: 0, unreachable }
  }
}

function retryLater(rows: OutboxRow[], now: Date): OutboxFailure[] {
  return rows.map((r) => ({ id: r.id, nextAttemptAt: new Date(now.getTime() + backoffMs(r.attempts)) }))
}

/**
 * A listing whose row cannot become a document (say, a place without coordinates) must not hold up
 * the rest of its batch: its own outbox rows, and those of its company, fail and retry with backoff;
 * the others go through.
 */
function mapDocuments(sources: ListingDocumentSource[]) {
  const documents: ListingDocument[] = []
  const broken = new Map<number, string>()
  const brokenOrganizations = new Set<string>()
  for (const source of sources) {
    try {
      documents.push(toListingDocument(source))
    } catch (error) {
      broken.set(source.listing.id, describeError(error))
      brokenOrganizations.add(source.organization.id)
    }
  }
  return { documents, broken, brokenOrganizations }
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error.name}: ${error.message}${cause}`.slice(0, 2000)
}

/** Where the loop reports trouble; it never throws. */
export type LoopLog = (message: string, details?: Record<string, unknown>) => void

export interface OutboxLoop {
  /** Stops polling and waits for a drain that is running. */
  stop(): Promise<void>
  /** Drains as soon as possible, e.g. right after a write, instead of at the next tick. */
  kick(): void
}

/**
 * Polls the outbox in the background. Never runs two drains at once, drains again at once while
 * batches come back full, and logs errors instead of throwing: a Meilisearch or database outage
 * only delays search, the rows wait in the outbox.
 */
export function startOutboxLoop(
  store: OutboxStore,
  search: SearchHandle,
  opts: {
    intervalMs?: number
    batchSize?: number
    log?: LoopLog
    /** Told of every round that claimed rows or failed (the worker counts them for /metrics). */
    onRound?: (round: { claimed: number; failed: number; error?: string }) => void
  } = {},
): OutboxLoop {
  const intervalMs = opts.intervalMs ?? 1_000
  const batchSize = opts.batchSize ?? 200
  const log: LoopLog = opts.log ?? ((message, details) => console.error(message, details))
  let stopped = false
  let kicked = false
  let unreachable = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined

  const schedule = (delayMs: number) => {
    clearTimeout(timer)
    if (stopped) return
    timer = setTimeout(run, delayMs)
    // The loop alone must not keep a CLI or a test process alive.
    timer.unref()
  }

  function run() {
    if (stopped || running) return
    kicked = false
    running = (async () => {
      let again = false
      try {
        if (unreachable) {
          // Backoff may have pushed rows minutes ahead; once Meilisearch is back they go at once.
          if (!(await search.client.isHealthy())) return
          await store.retryWaitingNow()
          unreachable = false
        }
        const result = await drainOutboxOnce(store, search, { batchSize })
        if (result.claimed) opts.onRound?.({ claimed: result.claimed, failed: result.failed })
        if (result.failed) log('search outbox: batch failed, will retry', { failed: result.failed })
        unreachable = result.unreachable
        again = result.claimed === batchSize && result.failed === 0
      } catch (error) {
        opts.onRound?.({ claimed: 0, failed: 1, error: describeError(error) })
        log('search outbox: drain failed', { err: error })
      } finally {
        running = undefined
        schedule(again || kicked ? 0 : intervalMs)
      }
    })()
  }

  schedule(0)
  return {
    kick() {
      if (running) kicked = true
      else schedule(0)
    },
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
