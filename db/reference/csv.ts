import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

/*
 * RFC 4180 CSV of the reference data, on csv-parse and csv-stringify: fields separated by commas,
 * optionally quoted with `"`; a quoted field may hold commas, line breaks and doubled quotes. The
 * app's CSV (app/utils/csv.ts) speaks the German spreadsheet dialect; db/ imports nothing of the app.
 */

/** Rows of `text`; accepts LF and CRLF line ends and a leading BOM, skips blank lines. */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true })
  } catch (error) {
    if ((error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') throw new Error('CSV ends inside a quoted field')
    throw error
  }
}

/** Parses CSV with a header row into records keyed by the header's column names. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  if (!header) return []
  return rows.map((cells, index) => {
    if (cells.length !== header.length) {
      throw new Error(`CSV row ${index + 2} has ${cells.length} fields, the header has ${header.length}`)
    }
    const record: Record<string, string> = {}
    header.forEach((name, column) => (record[name] = cells[column]))
    return record
  })
}

/** Writes records as CSV with a header row, LF line ends and a final newline. */
export function toCsv(columns: readonly string[], records: readonly Record<string, unknown>[]): string {
  const rows = records.map((record) => columns.map((column) => (record[column] == null ? '' : String(record[column]))))
  return stringify([[...columns], ...rows], {
    record_delimiter: '\n',
    quote_record_delimiter: true,
    // Spaces at either end would be lost to a reader that trims; quoted, they stay.
    quoted_match: /^\s|\s$/,
  })
}
