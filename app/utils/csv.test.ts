import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv'

describe('csvCell', () => {
  it('defuses every text a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://evil.example","klick")', '+49 170 1234567', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1']) {
      expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true)
    }
  })

  it('quotes separators, quotes and line breaks and leaves plain text and numbers alone', () => {
    expect(csvCell('Müller; Anna')).toBe('"Müller; Anna"')
    expect(csvCell('Sie sagte "Hallo"')).toBe('"Sie sagte ""Hallo"""')
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"')
    expect(csvCell('=1;2')).toBe(`"'=1;2"`)
    expect(csvCell('Anna Müller')).toBe('Anna Müller')
    expect(csvCell(3)).toBe('3')
    expect(csvCell(null)).toBe('')
  })
})

describe('toCsv', () => {
  it('writes UTF-8 with a byte order mark, semicolons and CRLF line ends', () => {
    expect(toCsv([['Name', 'Anzahl'], ['Jörg', 2]])).toBe('\uFEFFName;Anzahl\r\nJörg;2\r\n')
  })
})
