/**
 * RFC 4180 CSV as spreadsheets write it: `;` (German Excel) or `,` between cells, fields in double
 * quotes may hold separators, quotes ("") and line breaks. Pure, so the parser is tested on its own.
 */

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
export function detectSeparator(text: string): ';' | ',' {
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

/** Records of `text` (without BOM); blank lines are skipped. */
export function parseCsv(text: string, separator: ';' | ',' = detectSeparator(text)): CsvResult {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  let quoteLine = 1
  const endRecord = () => {
    cells.push(cell)
    if (cells.length > 1 || cells[0].trim() !== '') records.push({ line: recordLine, cells })
    cells = []
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else {
        // Line breaks inside a cell are kept as \n, whichever the file uses.
        if (char === '\r' && text[i + 1] === '\n') continue
        if (char === '\n' || char === '\r') line++
        cell += char === '\r' ? '\n' : char
      }
    } else if (char === '"' && cell.trim() === '') {
      // A quote opens a field only at its start; elsewhere it is an ordinary character.
      cell = ''
      quoted = true
      quoteLine = line
    } else if (char === separator) {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else cell += char
  }
  if (quoted) return { ok: false, unclosedQuoteLine: quoteLine }
  if (cell !== '' || cells.length > 0) endRecord()
  return { ok: true, records }
}

/** One field as CSV: quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string, separator: ';' | ',' = ';'): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
