import { hasControlCharacters, stripControlCharacters } from './control-characters'
import { Invalid, PayloadTooLarge, UnsupportedMediaType, type FieldErrors } from './errors'

/*
 * Input checked once, at the edge, before any route sees it: the address (query and path parameters)
 * and the form body (its encoding, its size, its characters). server/route-edge.ts runs these for
 * every loader and action.
 */

/**
 * The most a form may send: the largest upload (a 5 MB document) or pasted import text (2 MB, up to
 * three bytes per byte once URL-encoded) with room for the other fields. Routes apply their own,
 * smaller limits per field.
 */
export const FORM_MAX_BYTES = 8 * 1024 * 1024

/** A NUL or other control character in the query or a path parameter refuses the request (400). */
export function checkAddress(request: Request, params: Record<string, string | undefined>): void {
  const { searchParams } = new URL(request.url)
  const texts = [...searchParams.keys(), ...searchParams.values(), ...Object.values(params)]
  if (texts.some((text) => text !== undefined && hasControlCharacters(text))) throw new Invalid({}, 'input.controlCharactersInAddress')
}

type FormEncoding = { kind: 'urlencoded' } | { kind: 'multipart'; contentType: string }

/** Only what an HTML form sends is read: urlencoded, or multipart with its boundary. Anything else is 415. */
function encodingOf(request: Request): FormEncoding {
  const contentType = request.headers.get('Content-Type') ?? ''
  const mediaType = contentType.split(';')[0].trim().toLowerCase()
  if (mediaType === 'application/x-www-form-urlencoded') return { kind: 'urlencoded' }
  if (mediaType === 'multipart/form-data' && /;\s*boundary=("?)[^";\s]{1,70}\1/i.test(contentType)) return { kind: 'multipart', contentType }
  throw new UnsupportedMediaType()
}

async function readBytes(request: Request, limit: number): Promise<Blob> {
  const declared = Number(request.headers.get('Content-Length'))
  if (declared > limit) throw new PayloadTooLarge()
  if (!request.body) return new Blob([])
  const reader = request.body.getReader()
  const chunks: BlobPart[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw new PayloadTooLarge()
    }
    chunks.push(value)
  }
  return new Blob(chunks)
}

/** Parsed by the platform's parser, which reads quoted file names with `;` and `=` as browsers send them. */
async function parseMultipart(bytes: Blob, contentType: string): Promise<FormData> {
  try {
    return await new Response(bytes, { headers: { 'Content-Type': contentType } }).formData()
  } catch {
    throw new Invalid({}, 'input.malformedForm')
  }
}

/** File names lose control characters (harmless); text with them is refused, next to its field. */
function cleanForm(form: FormData): { form: FormData; fieldErrors: FieldErrors } {
  const clean = new FormData()
  const fieldErrors: FieldErrors = {}
  for (const [key, value] of form.entries()) {
    if (hasControlCharacters(key)) {
      fieldErrors._form = 'input.controlCharacters'
      continue
    }
    if (typeof value === 'string') {
      if (hasControlCharacters(value)) fieldErrors[key] = 'input.controlCharacters'
      clean.append(key, value)
    } else {
      clean.append(key, new File([value], stripControlCharacters(value.name), { type: value.type }))
    }
  }
  return { form: clean, fieldErrors }
}

export interface EdgeForm {
  form: FormData
  /** The same request with the cleaned form as its body, for the route to read as usual. */
  request: Request
}

/**
 * Reads an action's form once, within a size limit, and hands back a request whose body every parser
 * reads: file names re-encoded safely, nothing malformed. Refuses (throws) a wrong encoding (415),
 * too many bytes (413), a malformed multipart body (400) and control characters in text (400, with
 * the form, so the page can show what was typed).
 */
export async function readEdgeForm(request: Request): Promise<EdgeForm> {
  const encoding = encodingOf(request)
  const bytes = await readBytes(request, FORM_MAX_BYTES)
  const parsed =
    encoding.kind === 'multipart' ? await parseMultipart(bytes, encoding.contentType) : toFormData(new URLSearchParams(await bytes.text()))
  const { form, fieldErrors } = cleanForm(parsed)
  const headers = new Headers(request.headers)
  headers.delete('Content-Length')
  headers.delete('Content-Type')
  const body = encoding.kind === 'multipart' ? form : toSearchParams(form)
  const cleaned = new Request(request.url, { method: request.method, headers, body, signal: request.signal })
  if (Object.keys(fieldErrors).length > 0) throw new RefusedForm(form, fieldErrors)
  return { form, request: cleaned }
}

/** Control characters in a field: refused, but with the form read, so the page keeps what was typed. */
export class RefusedForm extends Invalid {
  static readonly kind: string = 'RefusedForm'

  constructor(
    readonly form: FormData,
    fieldErrors: FieldErrors,
  ) {
    super(fieldErrors, 'input.controlCharacters')
  }
}

function toFormData(params: URLSearchParams): FormData {
  const form = new FormData()
  for (const [key, value] of params) form.append(key, value)
  return form
}

function toSearchParams(form: FormData): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of form.entries()) if (typeof value === 'string') params.append(key, value)
  return params
}
