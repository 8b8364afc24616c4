import { describe, expect, it } from 'vitest'
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from './import-columns'
import { decodeUpload, parseImportText } from './import-source'

describe('parseImportText', () => {
  it('drops a byte-order mark and matches headers loosely', () => {
    const parsed = parseImportText('\uFEFFOffer Type;occupation;pay_min\nJob;Koch/Köchin;2800\n')
    expect(parsed).toEqual({ ok: true, format: 'csv', rows: [{ line: 2, cells: { offerType: 'Job', occupation: 'Koch/Köchin', payMin: '2800' }, issues: [] }] })
  })

  it('reads comma-separated files with quoted commas', () => {
    const parsed = parseImportText('title,description\n"Koch/Köchin (m/w/d)","Kochen, backen; servieren"\n')
    expect(parsed.ok && parsed.rows[0].cells).toEqual({ title: 'Koch/Köchin (m/w/d)', description: 'Kochen, backen; servieren' })
  })

  it('refuses unknown and doubled columns, which would lose data silently', () => {
    expect(parseImportText('title;tilte;gehalt\nA;B;C')).toEqual({ ok: false, error: { message: 'imports.error.unknownColumns', params: { columns: 'tilte, gehalt' } } })
    expect(parseImportText('title;Title\nA;B')).toEqual({ ok: false, error: { message: 'imports.error.duplicateColumns', params: { columns: 'title' } } })
  })

  it('flags a row with more cells than the header', () => {
    const parsed = parseImportText('title;place\nA;Goslar;Harz\nB;Goslar')
    expect(parsed.ok && parsed.rows.map((r) => r.issues.map((i) => i.message))).toEqual([['imports.error.tooManyCells'], []])
  })

  it('reads JSON: an array of objects, lists joined, yes/no from booleans, entries counted from 1', () => {
    const json = JSON.stringify([
      { offerType: 'ausbildung', allowances: [1000, 1100, 1200], benefits: ['shuttle', 'housing'], refugees: true, placesCount: 2, contact: null },
      { title: 'Zweiter', drivingLicence: false },
    ])
    const parsed = parseImportText(json, 'angebote.json')
    expect(parsed).toEqual({
      ok: true,
      format: 'json',
      rows: [
        { line: 1, cells: { offerType: 'ausbildung', allowances: '1000|1100|1200', benefits: 'shuttle|housing', refugees: 'ja', placesCount: '2', contact: '' }, issues: [] },
        { line: 2, cells: { title: 'Zweiter', drivingLicence: 'nein' }, issues: [] },
      ],
    })
  })

  it('refuses JSON that is broken or not a list of objects, and flags nested values per cell', () => {
    expect(parseImportText('[{"title": "A",}]')).toMatchObject({ ok: false, error: { message: 'imports.error.json' } })
    expect(parseImportText('{"title": "A"}')).toMatchObject({ ok: false, error: { message: 'imports.error.jsonShape' } })
    expect(parseImportText('[["A"]]')).toMatchObject({ ok: false, error: { message: 'imports.error.jsonShape' } })
    const parsed = parseImportText('[{"title": {"de": "A"}}]')
    expect(parsed.ok && parsed.rows[0].issues).toEqual([{ column: 'title', message: 'imports.error.cellType' }])
  })

  it('refuses empty input, a header without rows, too many rows and too much text', () => {
    expect(parseImportText(' \n ')).toMatchObject({ ok: false, error: { message: 'imports.error.empty' } })
    expect(parseImportText('title;place\n')).toMatchObject({ ok: false, error: { message: 'imports.error.noRows' } })
    const rows = Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `Titel ${i}`).join('\n')
    expect(parseImportText(`title\n${rows}`)).toMatchObject({ ok: false, error: { message: 'imports.error.tooManyRows', params: { max: 1000, count: 1001 } } })
    expect(parseImportText(`title\n${'x'.repeat(IMPORT_MAX_BYTES)}`)).toMatchObject({ ok: false, error: { message: 'imports.error.tooLarge' } })
  })

  it('reports an unclosed quote with its line', () => {
    expect(parseImportText('title;description\nA;"offen\n')).toEqual({ ok: false, error: { message: 'imports.error.unclosedQuote', params: { line: 2 } } })
  })
})

describe('decodeUpload', () => {
  it('reads UTF-8 with or without byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFtitle\nKöchin')
    expect(decodeUpload(bytes)).toEqual({ ok: true, text: 'title\nKöchin' })
  })

  it('refuses Windows-1252 (Excel’s plain "CSV") and files over the limit', () => {
    expect(decodeUpload(Uint8Array.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x4b, 0xf6, 0x63, 0x68]))).toEqual({ ok: false, error: { message: 'imports.error.encoding' } })
    expect(decodeUpload(new Uint8Array(IMPORT_MAX_BYTES + 1))).toMatchObject({ ok: false, error: { message: 'imports.error.tooLarge' } })
  })
})
