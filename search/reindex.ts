import type { SearchHandle } from './client'
import { createDocumentUpload } from './document-upload'
import { toListingDocument, type ListingDocument, type ListingDocumentSource } from './documents'
import { ensureIndex, listingSettingsWith } from './settings'
import type { Synonyms } from './synonyms'
import { LONG_TASK_TIMEOUT_MS, waitForSuccess, waitForTaskUid } from './tasks'

export interface ReindexSource {
  countPublished(): Promise<number>
  /** Published, non-expired listings with id > afterId, ordered by id. */
  pagePublished(afterId: number, limit: number): Promise<ListingDocumentSource[]>
  /**
   * Puts outbox rows processed since `since` back into the queue. The sync loop keeps writing to the
   * live index while the new one is built; after the swap those writes would be lost otherwise.
   */
  requeueProcessedSince?(since: Date): Promise<number>
}

export interface ReindexResult {
  total: number
  indexed: number
  skipped: number
  ms: number
}

export const REINDEX_BATCH_SIZE = 5_000
/** Margin for clock differences between this process and the database. */
const REQUEUE_MARGIN_MS = 5_000

const temporaryPrefix = (live: string) => `${live}__reindex_`

/** Leftovers of a reindex that crashed before its swap. */
async function deleteLeftovers(search: SearchHandle): Promise<void> {
  const prefix = temporaryPrefix(search.listingsIndex)
  const { results } = await search.client.getIndexes({ limit: 1000 })
  for (const index of results) {
    if (index.uid.startsWith(prefix)) await waitForSuccess(search.client.deleteIndex(index.uid), LONG_TASK_TIMEOUT_MS)
  }
}

/**
 * Rebuilds the listings index from the database: a fresh index gets the settings and every
 * published listing, then is swapped with the live one in one atomic step and the old one deleted.
 * Searches meanwhile keep hitting the old, complete index; afterwards the live index holds exactly
 * the published listings.
 */
export async function reindexListings(
  search: SearchHandle,
  source: ReindexSource,
  opts: {
    synonyms?: Synonyms
    batchSize?: number
    /** Largest request body (search/document-upload.ts). */
    maxUploadBytes?: number
    onProgress?: (done: number, total: number) => void | Promise<void>
  } = {},
): Promise<ReindexResult> {
  const started = Date.now()
  const batchSize = opts.batchSize ?? REINDEX_BATCH_SIZE
  const live = search.listingsIndex
  const temporary = `${temporaryPrefix(live)}${started.toString(36)}`
  await deleteLeftovers(search)
  await waitForSuccess(search.client.createIndex(temporary, { primaryKey: 'id' }), LONG_TASK_TIMEOUT_MS)
  try {
    // Settings first: changing them after the documents would index everything twice.
    const index = search.client.index<ListingDocument>(temporary)
    await waitForSuccess(index.updateSettings(listingSettingsWith(opts.synonyms)), LONG_TASK_TIMEOUT_MS)

    let total = await source.countPublished()
    let indexed = 0
    let skipped = 0
    let afterId = 0
    // Pages stream into as few requests as the payload limit allows (search/document-upload.ts).
    const upload = createDocumentUpload(search, temporary, { maxBytes: opts.maxUploadBytes })
    await opts.onProgress?.(0, total)
    for (;;) {
      const page = await source.pagePublished(afterId, batchSize)
      if (page.length === 0) break
      afterId = page[page.length - 1].listing.id
      const documents: ListingDocument[] = []
      for (const row of page) {
        try {
          documents.push(toListingDocument(row))
        } catch {
          skipped += 1
        }
      }
      await upload.write(documents)
    }
    for (const part of await upload.finish()) {
      await waitForTaskUid(search.client, part.taskUid, LONG_TASK_TIMEOUT_MS)
      indexed += part.documents
      total = Math.max(total, indexed)
      await opts.onProgress?.(indexed, total)
    }

    await ensureIndex(search, live)
    await waitForSuccess(search.client.swapIndexes([{ indexes: [live, temporary], rename: false }]), LONG_TASK_TIMEOUT_MS)
    await source.requeueProcessedSince?.(new Date(started - REQUEUE_MARGIN_MS))
    return { total, indexed, skipped, ms: Date.now() - started }
  } finally {
    // After the swap this name holds the old live index; before it, the unfinished new one.
    await waitForSuccess(search.client.deleteIndex(temporary), LONG_TASK_TIMEOUT_MS).catch(() => {})
  }
}
