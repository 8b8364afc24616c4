import { isMultipart, parseMultipartForm } from './multipart.server'
import { IMPORT_MAX_BYTES } from '~/modules/imports/import-columns'
import { IMPORT_MAX_MEGABYTES } from '~/modules/imports/import-columns'
import { decodeUpload, parseImportText, type FileError, type ParsedSource } from '~/modules/imports/import-source'

export type ImportIntent = 'check' | 'import'

export interface ImportRequest {
  intent: ImportIntent
  /** The text that was checked, to put back into the text field so a second click imports the same. */
  text: string
  source: ParsedSource
}

const tooLarge: FileError = { message: 'imports.error.tooLarge', params: { max: IMPORT_MAX_MEGABYTES } }
const intentOf = (value: unknown): ImportIntent => (value === 'import' ? 'import' : 'check')
const failed = (intent: ImportIntent, error: FileError): ImportRequest => ({ intent, text: '', source: { ok: false, error } })

/**
 * The import form as sent: an uploaded file (field `file`) wins over pasted text (field `text`).
 * Every part is capped at the import's size limit while it is read, so an oversized upload costs
 * no more memory than the limit and answers with a clear error.
 */
export async function readImportRequest(request: Request): Promise<ImportRequest> {
  let form: FormData
  if (isMultipart(request)) {
    const parsed = await parseMultipartForm(request, IMPORT_MAX_BYTES)
    if (!parsed.ok) return failed(intentOf(parsed.values.intent), tooLarge)
    form = parsed.form
  } else {
    // Pasted text sent URL-encoded: percent-escapes take up to three bytes per byte of text.
    if (Number(request.headers.get('Content-Length') ?? 0) > IMPORT_MAX_BYTES * 3) return failed('check', tooLarge)
    form = await request.formData()
  }
  const intent = intentOf(form.get('intent'))
  const file = form.get('file')
  if (file && typeof file !== 'string' && file.size > 0) {
    const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()))
    if (!decoded.ok) return failed(intent, decoded.error)
    return { intent, text: decoded.text.replace(/^\uFEFF/, ''), source: parseImportText(decoded.text, file.name) }
  }
  const text = typeof form.get('text') === 'string' ? String(form.get('text')) : ''
  return { intent, text, source: parseImportText(text) }
}
