import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsv, parseCsvRecords, toCsv } from './csv'

describe('parseCsv', () => {
  it('splits plain fields and rows', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ])
  })

  it('keeps commas, newlines and doubled quotes inside quoted fields', () => {
    const text = 'name,note\n"Sanitär-, Heizungs- und Klimatechnik","line one\nline ""two"""\n'
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Sanitär-, Heizungs- und Klimatechnik', 'line one\nline "two"'],
    ])
  })

  it('keeps empty fields, also at the end of a row', () => {
    expect(parseCsv('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ])
  })

  it('accepts CRLF line ends, a BOM and a missing final newline', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,"x\r\ny"\r\n2,3')).toEqual([
      ['a', 'b'],
      ['1', 'x\r\ny'],
      ['2', '3'],
    ])
  })

  it('skips blank lines', () => {
    expect(parseCsv('a\n\n1\n\n')).toEqual([['a'], ['1']])
  })

  it('refuses text that ends inside quotes', () => {
    expect(() => parseCsv('a,"open\n')).toThrow(/quoted field/)
  })
})

describe('parseCsvRecords', () => {
  it('keys fields by the header', () => {
    expect(parseCsvRecords('code,title\n01,"Militär, Streitkräfte"\n')).toEqual([
      { code: '01', title: 'Militär, Streitkräfte' },
    ])
  })

  it('refuses a row with the wrong number of fields', () => {
    expect(() => parseCsvRecords('a,b\n1\n')).toThrow(/row 2/)
  })
})

describe('toCsv', () => {
  it('round-trips any text through parseCsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ä', ',', '"', '\n', '\r\n', ' ', 'ب', '/') })
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1 }), (pairs) => {
        const records = pairs.map(([x, y]) => ({ x, y }))
        expect(parseCsvRecords(toCsv(['x', 'y'], records))).toEqual(records)
      }),
    )
  })

  it('writes null and undefined as empty fields', () => {
    expect(toCsv(['a', 'b'], [{ a: null, b: undefined }])).toBe('a,b\n,\n')
  })
})
