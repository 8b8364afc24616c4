import { describe, expect, it } from 'vitest'
import { negotiateLang, parseAcceptLanguage } from './negotiate'

describe('negotiateLang', () => {
  it('falls back to German without a header, or with nothing it knows', () => {
    expect(negotiateLang(null)).toBe('de')
    expect(negotiateLang('')).toBe('de')
    expect(negotiateLang('fr-FR, fr;q=0.9, ru;q=0.8')).toBe('de')
  })

  it('takes the primary language of a regional tag', () => {
    expect(negotiateLang('uk-UA')).toBe('uk')
    expect(negotiateLang('ar-SY,ar;q=0.9')).toBe('ar')
    expect(negotiateLang('TR-tr')).toBe('tr')
  })

  it('follows the weights, not the order', () => {
    expect(negotiateLang('en;q=0.5, uk;q=0.9, de;q=0.1')).toBe('uk')
    expect(negotiateLang('de;q=0.3,ar')).toBe('ar')
  })

  it('keeps the order among equal weights', () => {
    expect(negotiateLang('tr, en')).toBe('tr')
    expect(negotiateLang('en;q=0.8, tr;q=0.8')).toBe('en')
  })

  it('skips languages refused with q=0', () => {
    expect(negotiateLang('ar;q=0, en;q=0.2')).toBe('en')
    expect(negotiateLang('uk;q=0')).toBe('de')
  })

  it('reads the first known language after unknown ones', () => {
    expect(negotiateLang('ru-RU,ru;q=0.9,uk;q=0.8,en-US;q=0.7')).toBe('uk')
  })

  it('gives German for the wildcard', () => {
    expect(negotiateLang('*')).toBe('de')
    expect(negotiateLang('fr, *;q=0.5, en;q=0.4')).toBe('de')
  })

  it('ignores malformed entries instead of failing', () => {
    expect(negotiateLang('uk;q=2, en;q=abc, tr;q=0.7')).toBe('tr')
    expect(negotiateLang('<script>, ar;q=0.5')).toBe('ar')
    expect(negotiateLang(';;;,,,')).toBe('de')
    expect(negotiateLang('en;q=1.0000')).toBe('de')
  })
})

describe('parseAcceptLanguage', () => {
  it('sorts ranges by weight with their position as tie-break', () => {
    expect(parseAcceptLanguage('de-DE, en;q=0.9, uk;q=0.95').map((r) => r.tag)).toEqual(['de-de', 'uk', 'en'])
  })

  it('reads only the start of an overlong header', () => {
    expect(parseAcceptLanguage(`${'xx, '.repeat(1000)}uk`)).not.toContainEqual(expect.objectContaining({ tag: 'uk' }))
  })
})
