import { Invalid } from '~/utils/errors'

export type MultipartForm =
  | { ok: true; form: FormData }
  /** A part was over the limit: which field, and the text fields read before it (to keep what was typed). */
  | { ok: false; tooLargeField: string; values: Record<string, string> }

export function isMultipart(request: Request): boolean {
  return (request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')
}

/**
 * Reads a multipart form with every part capped at `maxPartSize` bytes; the caller answers a part over
 * the cap with a field error. The route edge has already bounded the whole body and re-encoded it, so
 * the platform's parser reads any file name a browser sends ("Lebenslauf; 2024.pdf", "a=b.pdf").
 */
export async function parseMultipartForm(request: Request, maxPartSize: number): Promise<MultipartForm> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    throw new Invalid({}, 'input.malformedForm')
  }
  const values: Record<string, string> = {}
  for (const [name, value] of form.entries()) {
    const size = typeof value === 'string' ? new TextEncoder().encode(value).byteLength : value.size
    if (size > maxPartSize) return { ok: false, tooLargeField: name, values }
    if (typeof value === 'string') values[name] = value
  }
  return { ok: true, form }
}

/** The bytes of a file field; null when the field is missing or holds text. */
export async function fileBytes(form: FormData, name: string): Promise<Uint8Array | null> {
  const value = form.get(name)
  if (!value || typeof value === 'string') return null
  return new Uint8Array(await value.arrayBuffer())
}
