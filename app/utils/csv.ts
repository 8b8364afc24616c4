export type CsvValue = string | number | null

/** Spreadsheets read these first characters as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One cell: a text that a spreadsheet would take for a formula gets a leading apostrophe, so it
 * shows as text and never runs; cells with a separator, quote or line break are quoted.
 */
export function csvCell(value: CsvValue): string {
  if (value == null) return ''
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A CSV file as German spreadsheets open it without an import dialog: UTF-8 with a byte order mark
 * (else umlauts break), ';' between cells (',' is the decimal separator), CRLF between rows.
 */
export function toCsv(rows: CsvValue[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`
}
