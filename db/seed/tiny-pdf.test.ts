import { describe, expect, it } from 'vitest'
import { makeTinyPdf } from './tiny-pdf'

describe('makeTinyPdf', () => {
  it('writes a cross-reference table whose offsets point at each object', () => {
    const text = new TextDecoder().decode(makeTinyPdf(['Lebenslauf', 'Klammern (und) Backslash \\ bleiben lesbar', 'Umlaute: ä']))
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1])
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref')
    const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
    expect(offsets).toHaveLength(5)
    offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true))
    const length = Number(/\/Length (\d+)/.exec(text)![1])
    const stream = text.slice(text.indexOf('stream\n') + 7, text.indexOf('\nendstream'))
    expect(stream.length).toBe(length)
    expect(stream).toContain('(Klammern \\(und\\) Backslash \\\\ bleiben lesbar)')
    expect(stream).toContain('(Umlaute: ?)')
  })
})
