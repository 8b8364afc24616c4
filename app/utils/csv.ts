import { parse } from 'csv-parse/sync'
import { stringify, type Options } from 'csv-stringify/sync'

/*
 * CSV as German spreadsheets write and open it, on top of csv-parse and csv-stringify: UTF-8 with a
 * byte order mark (else umlauts break), ';' between cells (',' is the decimal separator), CRLF
 * between rows. Files people upload may also use ','.
 */

export type CsvValue = string | number | null
export type CsvSeparator = ';' | ','

const WRITE: Options = {
  delimiter: ';',
  record_delimiter: '\r\n',
  // A lone \r or \n in a cell is a line break to a spreadsheet too.
  quote_record_delimiter: true,
}

/**
 * One cell: a text that a spreadsheet would take for a formula (OWASP "CSV injection": = + - @ tab
 * CR first) gets a leading apostrophe, so it shows as text and never runs; cells with a separator,
 * quote or line break are quoted.
 */
export function csvCell(value: CsvValue): string {
  return stringify([[value]], { ...WRITE, escape_formulas: true, eof: false })
}

/** One field as CSV, as written without the formula guard: quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string, separator: CsvSeparator = ';'): string {
  return stringify([[value]], { ...WRITE, delimiter: separator, eof: false })
}

/** A CSV file for German spreadsheets, every cell guarded against formulas. */
export function toCsv(rows: CsvValue[][]): string {
  return stringify(rows, { ...WRITE, escape_formulas: true, bom: true })
}

export interface CsvRecord {
  /** The line of the file the record starts on (1 = the header), for the report. */
  line: number
  cells: string[]
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; unclosedQuoteLine: number }

/**
 * The separator of the header line: the one of `;` and `,` that occurs more often outside quotes.
 * A tie (a one-column file) reads as `;`, which is what German spreadsheets write.
 */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0
  let commas = 0
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && char === ';') semicolons++
    else if (!quoted && char === ',') commas++
  }
  return commas > semicolons ? ',' : ';'
}

const lineCount = (text: string) => text.split('\n').length - 1

/**
 * Records of `text` (without BOM); blank lines are skipped. A quote opens a field only at its start
 * (after spaces); elsewhere it is an ordinary character. Line breaks inside a cell read as \n,
 * whichever the file uses.
 */
export function parseCsv(text: string, separator: CsvSeparator = detectSeparator(text)): CsvResult {
  // CR, LF and CRLF all end a row, in one file too; as one kind, the line numbers stay simple.
  const lines = text.replace(/\r\n?/g, '\n')
  try {
    const parsed = parse(lines, {
      delimiter: separator,
      record_delimiter: '\n',
      relax_quotes: true,
      relax_column_count: true,
      ltrim: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[]
    return {
      ok: true,
      records: parsed
        .filter(({ record }) => record.length > 1 || record[0].trim() !== '')
        // info.lines is the line a record ends on; quoted line breaks are the lines it spans.
        .map(({ record, info }) => ({ line: info.lines - record.reduce((n, cell) => n + lineCount(cell), 0), cells: record })),
    }
  } catch (error) {
    if ((error as { code?: string }).code !== 'CSV_QUOTE_NOT_CLOSED') throw error
    return { ok: false, unclosedQuoteLine: lineCount(lines.slice(0, openingQuoteOf(lines))) + 1 }
  }
}

/**
 * Where the quote that is never closed stands: inside it, quotes come only in doubled pairs, so it
 * starts the last run of quotes of odd length.
 */
function openingQuoteOf(text: string): number {
  const runs = [...text.matchAll(/"+/g)]
  const run = runs.findLast((match) => match[0].length % 2 === 1)
  return run?.index ?? 0
}
