import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeRedirect } from './safe-redirect'

const ORIGIN = 'https://passgenau.example'

/** Where a browser ends up when it follows `Location: <value>` from a page of this site. */
const landing = (location: string) => new URL(location, `${ORIGIN}/login`)

/** A valid header value: what `Headers` accepts without throwing. */
const isHeaderValue = (value: string) => {
  try {
    new Headers({ Location: value })
    return true
  } catch {
    return false
  }
}

const BYPASSES = [
  '/./\\evil.example',
  '/a/../\\evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/%09/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/%0A/x',
  '/%0D%0ASet-Cookie:%20x=1',
  '/\r\nSet-Cookie: x=1',
  '//evil.example',
  '///evil.example',
  '/a/..//evil.example',
  '/.//evil.example',
  '/%2F%2Fevil.example',
  '/%2f/evil.example',
  '/%5Cevil.example',
  'https://evil.example/',
  'http:evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' /evil.example',
  'evil.example',
  '/%E3%80%82/x',
  '/。/x',
  '/evil。example',
  '/ü/ß?q=ä#ö',
  '/😀',
  '/\u0000/x',
  '/x\u2028y',
  '',
]

describe('safeRedirect', () => {
  it('keeps ordinary paths of this site with their query', () => {
    expect(safeRedirect('/jobs?q=Koch&where=Goslar', '/me')).toBe('/jobs?q=Koch&where=Goslar')
    expect(safeRedirect('/me/applications', '/me')).toBe('/me/applications')
  })

  it('falls back for what is not a path of this site', () => {
    for (const value of [undefined, null, 42, 'https://evil.example/', '//evil.example', 'javascript:alert(1)']) expect(safeRedirect(value, '/me')).toBe('/me')
  })

  for (const bypass of BYPASSES) {
    it(`ends ${JSON.stringify(bypass)} on a path of this site`, () => {
      const location = safeRedirect(bypass, '/me')
      expect(isHeaderValue(location)).toBe(true)
      expect(location).toMatch(/^\/(?![/\\])/)
      expect(landing(location).origin).toBe(ORIGIN)
    })
  }

  it('never leaves the site and always gives a valid header, whatever it is given', () => {
    const pieces = fc.constantFrom('/', '\\', '.', '..', '%2F', '%5C', '%09', '%0A', '\t', '\n', '\r', ':', '@', '?', '#', 'evil.example', 'javascript:', 'https:', '。', 'ü', '\u0000', '%00', '%E3%80%82', '%', 'x')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')), fc.string(), (built, random) => {
        for (const value of [built, `/${built}`, random, `/${random}`]) {
          const location = safeRedirect(value, '/me')
          expect(isHeaderValue(location)).toBe(true)
          expect(landing(location).origin).toBe(ORIGIN)
          expect(location).toMatch(/^\/(?![/\\])/)
        }
      }),
      { seed: 13, numRuns: 1000 },
    )
  })
})
