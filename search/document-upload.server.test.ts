import { describe, expect, it } from 'vitest'
import { createTestSearch } from '../tests/support/search'
import { createDocumentUpload } from './document-upload'
import { waitForTaskUid } from './tasks'

describe('createDocumentUpload', () => {
  it('splits the documents into requests below the limit and Meilisearch indexes every one', async () => {
    const search = createTestSearch()
    const uid = `${search.listingsIndex}_upload`
    const upload = createDocumentUpload(search, uid, { maxBytes: 3_000 })
    const pages = Array.from({ length: 6 }, (_, p) => Array.from({ length: 10 }, (_, i) => ({ id: p * 10 + i, text: `Dokument ${p * 10 + i} `.repeat(3) })))
    for (const page of pages) await upload.write(page)
    const parts = await upload.finish()
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.reduce((sum, part) => sum + part.documents, 0)).toBe(60)
    for (const part of parts) await waitForTaskUid(search.client, part.taskUid)
    expect((await search.client.index(uid).getStats()).numberOfDocuments).toBe(60)
    await search.client.deleteIndex(uid).waitTask()
  })

  it('reports why Meilisearch refused the documents', async () => {
    const search = createTestSearch()
    const denied = { ...search, config: { ...search.config, apiKey: 'not-the-key' } }
    const upload = createDocumentUpload(denied, `${search.listingsIndex}_denied`)
    await upload.write([{ id: 1 }]).catch(() => {})
    await expect(upload.finish()).rejects.toThrow(/refused the documents \(403 invalid_api_key\)/)
  })
})
