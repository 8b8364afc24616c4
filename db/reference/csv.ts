const QUOTE = 34
const COMMA = 44
const LF = 10
const CR = 13

/**
 * RFC 4180 CSV: fields separated by commas, optionally quoted with `"`; a quoted field may hold
 * commas, newlines and doubled quotes. Accepts LF and CRLF line ends and a leading BOM; skips blank
 * lines. Fields are cut out with slice rather than built character by character: the ESCO file is
 * several megabytes and is parsed at every start of a fresh database.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  const length = text.length
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let row: string[] = []

  while (i < length) {
    let field: string
    if (text.charCodeAt(i) === QUOTE) {
      field = ''
      let start = i + 1
      for (;;) {
        const close = text.indexOf('"', start)
        if (close < 0) throw new Error('CSV ends inside a quoted field')
        field += text.slice(start, close)
        if (text.charCodeAt(close + 1) === QUOTE) {
          field += '"'
          start = close + 2
        } else {
          i = close + 1
          break
        }
      }
    } else {
      const start = i
      while (i < length) {
        const code = text.charCodeAt(i)
        if (code === COMMA || code === LF || code === CR) break
        i++
      }
      field = text.slice(start, i)
    }
    row.push(field)

    const code = text.charCodeAt(i)
    if (code === COMMA) {
      i++
      // A comma at the very end still ends a field: the row has an empty last field.
      if (i === length) row.push('')
      continue
    }
    // End of line (or of text): a row of one empty field is a blank line.
    if (!(row.length === 1 && row[0] === '' && field === '' && text.charCodeAt(i - 1) !== QUOTE)) rows.push(row)
    row = []
    if (code === CR && text.charCodeAt(i + 1) === LF) i += 2
    else i++
  }
  return rows
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

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value
}

/** Writes records as CSV with a header row, LF line ends and a final newline. */
export function toCsv(columns: readonly string[], records: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(quoteField).join(',')]
  for (const record of records) {
    lines.push(columns.map((column) => quoteField(record[column] == null ? '' : String(record[column]))).join(','))
  }
  return `${lines.join('\n')}\n`
}
