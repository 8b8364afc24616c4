import { describe, expect, it } from 'vitest'
import { formatMessage, placeholdersOf } from './message-format'

describe('formatMessage', () => {
  it('fills plain placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('de-DE', 'Hallo {name}, {missing}', { name: 'Ada' })).toBe('Hallo Ada, {missing}')
  })

  it('keeps quotes and angle brackets of plain messages literal', () => {
    expect(formatMessage('en-GB', "Don't use <b>{x}</b>", { x: 1 })).toBe("Don't use <b>1</b>")
  })

  it('picks the German plural form', () => {
    const text = 'Wartet seit {count, plural, one {# Tag} other {# Tagen}}'
    expect(formatMessage('de-DE', text, { count: 1 })).toBe('Wartet seit 1 Tag')
    expect(formatMessage('de-DE', text, { count: 3 })).toBe('Wartet seit 3 Tagen')
  })

  it('picks each of the six Arabic plural forms', () => {
    const text = '{n, plural, zero {zero} one {one} two {two} few {few} many {many} other {other}}'
    const forms = [0, 1, 2, 3, 11, 100].map((n) => formatMessage('ar', text, { n }))
    expect(forms).toEqual(['zero', 'one', 'two', 'few', 'many', 'other'])
  })

  it('chooses the plural form of a count passed already formatted', () => {
    const text = '{count, plural, one {# Angebot} other {# Angebote}}'
    expect(formatMessage('de-DE', text, { count: '1' })).toBe('1 Angebot')
    expect(formatMessage('de-DE', text, { count: '1.234' })).toBe('1.234 Angebote')
    const uk = '{count, plural, one {# пропозиція} few {# пропозиції} many {# пропозицій} other {# пропозиції}}'
    expect(formatMessage('uk-UA', uk, { count: '1 234' })).toMatch(/^1\s234 пропозиції$/)
    expect(formatMessage('ar', '{n, plural, few {few} other {other}}', { n: '١٠' })).toBe('few')
  })

  it('lists the placeholders of plain and plural messages', () => {
    expect(placeholdersOf('{a} und {b} und {a}')).toEqual(['a', 'b'])
    expect(placeholdersOf('{name}: {count, plural, one {# Tag} other {# Tage ab {date}}}')).toEqual(['count', 'date', 'name'])
  })
})
