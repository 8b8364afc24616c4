import type { MessageKey, Params } from '~/i18n/types'
import { hasControlCharacters } from '~/utils/control-characters'
import { parseCsv } from '~/utils/csv'
import { columnOf, IMPORT_MAX_BYTES, IMPORT_MAX_MEGABYTES, IMPORT_MAX_ROWS, type ImportColumn } from './import-columns'

/*
 * From uploaded bytes or pasted text to rows of named cells. Pure: the file's shape is checked
 * here (encoding, syntax, columns, limits); what the cells mean is checked by the listing rules.
 */

export type ImportFormat = 'csv' | 'json'

export interface ImportIssue {
  /** The column the problem is in; absent for the row as a whole. */
  column?: ImportColumn
  message: MessageKey
  params?: Params
  /** A second sentence that explains the message (why a phrase was flagged). */
  note?: MessageKey
}

export interface SourceRow {
  /** CSV: the line of the file the row starts on; JSON: the entry's position (1 = first). */
  line: number
  cells: Partial<Record<ImportColumn, string>>
  issues: ImportIssue[]
}

export interface FileError {
  message: MessageKey
  params?: Params
}

export type ParsedSource = { ok: true; format: ImportFormat; rows: SourceRow[] } | { ok: false; error: FileError }

const fail = (message: MessageKey, params?: Params): ParsedSource => ({ ok: false, error: { message, params } })

/** Bytes of an upload as text: UTF-8 only (a byte-order mark is dropped), anything else is refused. */
export function decodeUpload(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: FileError } {
  if (bytes.byteLength > IMPORT_MAX_BYTES) return { ok: false, error: { message: 'imports.error.tooLarge', params: { max: IMPORT_MAX_MEGABYTES } } }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, error: { message: 'imports.error.encoding' } }
  }
}

/** Rows of an import text; JSON when the file is named so or the text starts like JSON, CSV otherwise. */
export function parseImportText(raw: string, fileName = ''): ParsedSource {
  const text = raw.replace(/^\uFEFF/, '')
  if (new TextEncoder().encode(text).byteLength > IMPORT_MAX_BYTES) return fail('imports.error.tooLarge', { max: IMPORT_MAX_MEGABYTES })
  if (!text.trim()) return fail('imports.error.empty')
  const isJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text)
  const parsed = isJson ? jsonRows(text) : csvRows(text)
  if (!parsed.ok) return parsed
  if (parsed.rows.length === 0) return fail('imports.error.noRows')
  // Also after parsing: JSON may spell a NUL as \u0000, which PostgreSQL refuses in text.
  if (parsed.rows.some((row) => Object.values(row.cells).some((cell) => hasControlCharacters(String(cell))))) return fail('input.controlCharacters')
  if (parsed.rows.length > IMPORT_MAX_ROWS) return fail('imports.error.tooManyRows', { max: IMPORT_MAX_ROWS, count: parsed.rows.length })
  return parsed
}

/** Header names that are no column, and columns named twice: both would lose data silently. */
function checkHeaders(headers: string[]): FileError | null {
  const unknown = headers.filter((h) => h.trim() !== '' && !columnOf(h))
  if (unknown.length) return { message: 'imports.error.unknownColumns', params: { columns: [...new Set(unknown)].join(', ') } }
  const seen = new Set<string>()
  const twice = headers.map(columnOf).filter((c): c is ImportColumn => c !== null && (seen.has(c) || !seen.add(c)))
  if (twice.length) return { message: 'imports.error.duplicateColumns', params: { columns: [...new Set(twice)].join(', ') } }
  return null
}

function csvRows(text: string): ParsedSource {
  const csv = parseCsv(text)
  if (!csv.ok) return fail('imports.error.unclosedQuote', { line: csv.unclosedQuoteLine })
  const [header, ...records] = csv.records
  const headers = header.cells.map((h) => h.trim())
  const error = checkHeaders(headers)
  if (error) return { ok: false, error }
  const columns = headers.map(columnOf)
  const rows = records.map((record): SourceRow => {
    const cells: SourceRow['cells'] = {}
    columns.forEach((column, i) => {
      if (column) cells[column] = (record.cells[i] ?? '').trim()
    })
    const extra = record.cells.slice(headers.length).some((c) => c.trim() !== '')
    const issues: ImportIssue[] = extra ? [{ message: 'imports.error.tooManyCells', params: { count: headers.length } }] : []
    return { line: record.line, cells, issues }
  })
  return { ok: true, format: 'csv', rows }
}

/** A JSON value as the cell text a spreadsheet would hold; lists (benefits, allowances) are joined with "|". */
function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'boolean') return value ? 'ja' : 'nein'
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('|')
  return null
}

function jsonRows(text: string): ParsedSource {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail('imports.error.json')
  }
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
  if (!Array.isArray(data) || !data.every(isRecord)) return fail('imports.error.jsonShape')
  const error = checkHeaders([...new Set(data.flatMap((entry) => Object.keys(entry)))])
  if (error) return { ok: false, error }
  const rows = data.map((entry, index): SourceRow => {
    const cells: SourceRow['cells'] = {}
    const issues: ImportIssue[] = []
    for (const [key, value] of Object.entries(entry)) {
      const column = columnOf(key)!
      const cell = cellText(value)
      if (cell === null) issues.push({ column, message: 'imports.error.cellType' })
      else cells[column] = cell
    }
    return { line: index + 1, cells, issues }
  })
  return { ok: true, format: 'json', rows }
}
