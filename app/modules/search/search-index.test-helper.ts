import type { Database } from '../../../db/client'
import type { SearchHandle } from '../../../search/client'
import { toListingDocument } from '../../../search/documents'
import { applyListingSettings, buildSynonyms } from '../../../search/settings'
import { LONG_TASK_TIMEOUT_MS, waitForSuccess } from '../../../search/tasks'
import { createOutboxStore, loadSynonymSource } from './outbox-store.server'

/** For tests: a fresh listings index under the production settings and synonyms. */
export async function prepareListingIndex(db: Database, search: SearchHandle): Promise<void> {
  await applyListingSettings(search, { synonyms: buildSynonyms(await loadSynonymSource(db)) })
}

/** For tests: puts these listings into the index exactly as the sync loop would. */
export async function indexListings(db: Database, search: SearchHandle, ids: number[]): Promise<void> {
  const sources = await createOutboxStore(db).loadListings(ids)
  const documents = sources.map(toListingDocument)
  await waitForSuccess(search.client.index(search.listingsIndex).addDocuments(documents, { primaryKey: 'id' }), LONG_TASK_TIMEOUT_MS)
}

/** A Meilisearch address where nothing listens: a port just opened and closed again. */
export async function closedPortUrl(): Promise<string> {
  const { createServer } = await import('node:net')
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}
