import { describe, expect, it } from 'vitest'
import { csvField, detectSeparator, parseCsv } from './csv'

const cellsOf = (text: string) => {
  const result = parseCsv(text)
  if (!result.ok) throw new Error(`unclosed quote in line ${result.unclosedQuoteLine}`)
  return result.records.map((r) => r.cells)
}

describe('parseCsv', () => {
  it('reads a semicolon file as German spreadsheets write it', () => {
    expect(cellsOf('title;place\nKoch/Köchin (m/w/d);38640 Goslar\n')).toEqual([
      ['title', 'place'],
      ['Koch/Köchin (m/w/d)', '38640 Goslar'],
    ])
  })

  it('keeps a separator inside quotes and unescapes doubled quotes', () => {
    expect(cellsOf('a;b\n"Montage; Wartung";"Der ""Harz"" ruft"\n')).toEqual([
      ['a', 'b'],
      ['Montage; Wartung', 'Der "Harz" ruft'],
    ])
  })

  it('keeps line breaks inside quotes and tells the line each record starts on', () => {
    const result = parseCsv('title;description\r\nA;"## Aufgaben\r\n\r\n- montieren"\r\nB;kurz\r\n')
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['title', 'description'] },
        { line: 2, cells: ['A', '## Aufgaben\n\n- montieren'] },
        { line: 5, cells: ['B', 'kurz'] },
      ],
    })
  })

  it('skips blank lines but counts them', () => {
    const result = parseCsv('a;b\n\n1;2\n  \n3;4')
    expect(result.ok && result.records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [5, ['3', '4']],
    ])
  })

  it('reads comma-separated files and tells the separator from the header', () => {
    expect(detectSeparator('title,place,payMin\n"a;b",c,d')).toBe(',')
    expect(detectSeparator('title;place;description\n"a, b, c";x;y')).toBe(';')
    expect(detectSeparator('"x,y";z\n')).toBe(';')
    expect(cellsOf('title,payMin\n"Job, befristet",2.800\n')).toEqual([
      ['title', 'payMin'],
      ['Job, befristet', '2.800'],
    ])
  })

  it('reports a quote that is never closed with its line', () => {
    expect(parseCsv('a;b\n1;2\n3;"offen\nweiter')).toEqual({ ok: false, unclosedQuoteLine: 3 })
  })

  it('keeps an empty last cell', () => {
    expect(cellsOf('a;b;c\n1;;\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
    ])
  })
})

describe('csvField', () => {
  it('quotes only what needs it, so a written file reads back the same', () => {
    const values = ['plain', 'a;b', 'say "hi"', 'two\nlines', '']
    const line = values.map((v) => csvField(v)).join(';')
    expect(line).toBe('plain;"a;b";"say ""hi""";"two\nlines";')
    expect(cellsOf(`${line}\n`)).toEqual([values])
  })
})
