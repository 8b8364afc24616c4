import type { SearchHandle } from './client'
import { LONG_TASK_TIMEOUT_MS } from './tasks'

/**
 * Meilisearch refuses bodies above its payload limit (100 MiB by default); a request is closed well
 * before that and the next one opened.
 */
export const MAX_UPLOAD_BYTES = 80 * 1024 * 1024

export interface UploadedPart {
  taskUid: number
  documents: number
}

interface OpenRequest {
  writer: WritableStreamDefaultWriter<Uint8Array>
  response: Promise<Response>
  bytes: number
  documents: number
}

async function enqueuedTaskUid(response: Response): Promise<number> {
  const body = (await response.json().catch(() => ({}))) as { taskUid?: number; message?: string; code?: string }
  if (response.status !== 202 || typeof body.taskUid !== 'number') {
    throw new Error(`Meilisearch refused the documents (${response.status} ${body.code ?? ''}): ${body.message ?? 'no reason given'}`)
  }
  return body.taskUid
}

/**
 * Streams documents to an index as NDJSON, as few requests as the payload limit allows. Meilisearch
 * indexes one request as one task, and a task starts the moment its request ends: pages sent one by
 * one were indexed in several batches of growing size, each rebuilding the index's word and facet
 * structures; large requests make one or two batches, which for 100k listings takes half the time.
 */
export function createDocumentUpload(search: SearchHandle, indexUid: string, opts: { maxBytes?: number } = {}) {
  const maxBytes = opts.maxBytes ?? MAX_UPLOAD_BYTES
  const url = `${search.config.url.replace(/\/$/, '')}/indexes/${encodeURIComponent(indexUid)}/documents?primaryKey=id`
  const encoder = new TextEncoder()
  const parts: Array<Promise<UploadedPart>> = []
  let current: OpenRequest | null = null

  function open(): OpenRequest {
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>()
    const response = fetch(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${search.config.apiKey}`, 'Content-Type': 'application/x-ndjson', 'Accept-Encoding': 'identity' },
      body: readable,
      duplex: 'half',
      signal: AbortSignal.timeout(LONG_TASK_TIMEOUT_MS),
    } as RequestInit)
    // Read in finish(); until then a refused request must not count as unhandled.
    response.catch(() => {})
    return { writer: writable.getWriter(), response, bytes: 0, documents: 0 }
  }

  async function close(request: OpenRequest): Promise<void> {
    await request.writer.close()
    const part = request.response.then(async (response) => ({ taskUid: await enqueuedTaskUid(response), documents: request.documents }))
    part.catch(() => {})
    parts.push(part)
  }

  return {
    /** Adds documents to the current request, opening the next one when this would pass the limit. */
    async write(documents: object[]): Promise<void> {
      if (documents.length === 0) return
      const chunk = encoder.encode(documents.map((document) => JSON.stringify(document)).join('\n') + '\n')
      if (current && current.bytes > 0 && current.bytes + chunk.byteLength > maxBytes) {
        await close(current)
        current = null
      }
      current ??= open()
      current.bytes += chunk.byteLength
      current.documents += documents.length
      try {
        await current.writer.ready
        await current.writer.write(chunk)
      } catch (error) {
        // The server ended the request early: its answer says why.
        const response = await current.response.catch(() => null)
        throw response ? new Error(`upload stopped: ${await enqueuedTaskUid(response).then(() => 'no reason given', (e: Error) => e.message)}`) : error
      }
    },
    /** Ends the last request; resolves with each request's task once Meilisearch has accepted it. */
    async finish(): Promise<UploadedPart[]> {
      if (current) await close(current)
      current = null
      return Promise.all(parts)
    },
  }
}
