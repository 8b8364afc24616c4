import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from '@remix-run/node'

export type MultipartForm =
  | { ok: true; form: FormData }
  /** A part was over the limit: which field, and the text fields read before it (to keep what was typed). */
  | { ok: false; tooLargeField: string; values: Record<string, string> }

export function isMultipart(request: Request): boolean {
  return (request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')
}

/**
 * Reads a multipart form into memory, every part capped at `maxPartSize` bytes. Parsing stops at
 * the first part over the cap, so a 100 MB upload costs at most the cap; the caller answers with
 * a field error instead of a 500.
 */
export async function parseMultipartForm(request: Request, maxPartSize: number): Promise<MultipartForm> {
  const memory = unstable_createMemoryUploadHandler({ maxPartSize })
  const values: Record<string, string> = {}
  const handler: UploadHandler = async (part) => {
    const value = await memory(part)
    if (typeof value === 'string') values[part.name] = value
    return value
  }
  try {
    return { ok: true, form: await unstable_parseMultipartFormData(request, handler) }
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, tooLargeField: error.field, values }
    throw error
  }
}

/** The bytes of a file field; null when the field is missing or holds text. */
export async function fileBytes(form: FormData, name: string): Promise<Uint8Array | null> {
  const value = form.get(name)
  if (!value || typeof value === 'string') return null
  return new Uint8Array(await value.arrayBuffer())
}
