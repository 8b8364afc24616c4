import { describe, expect, it } from 'vitest'
import { addressIn, isPublicPage, languageAlternates } from './alternates'

const ORIGIN = 'https://passgenau.example'

describe('languageAlternates', () => {
  it('names every language and x-default for a public page', () => {
    expect(languageAlternates(ORIGIN, '/jobs/123-mechatroniker')).toEqual([
      { hrefLang: 'de', href: `${ORIGIN}/jobs/123-mechatroniker?lang=de` },
      { hrefLang: 'en', href: `${ORIGIN}/jobs/123-mechatroniker?lang=en` },
      { hrefLang: 'uk', href: `${ORIGIN}/jobs/123-mechatroniker?lang=uk` },
      { hrefLang: 'ar', href: `${ORIGIN}/jobs/123-mechatroniker?lang=ar` },
      { hrefLang: 'tr', href: `${ORIGIN}/jobs/123-mechatroniker?lang=tr` },
      { hrefLang: 'x-default', href: `${ORIGIN}/jobs/123-mechatroniker` },
    ])
  })

  it('keeps a search and replaces a language already in the address', () => {
    const alternates = languageAlternates(ORIGIN, '/jobs?q=koch&lang=ar&where=Goslar')
    expect(alternates.find((a) => a.hrefLang === 'uk')?.href).toBe(`${ORIGIN}/jobs?q=koch&where=Goslar&lang=uk`)
    expect(alternates.find((a) => a.hrefLang === 'x-default')?.href).toBe(`${ORIGIN}/jobs?q=koch&where=Goslar`)
  })

  it('gives personal and staff pages none', () => {
    for (const path of ['/me/profile', '/employer/listings', '/chamber', '/admin', '/jobs/1/apply', '/login']) {
      expect(languageAlternates(ORIGIN, path)).toEqual([])
    }
  })

  it('stays on our origin whatever the path says', () => {
    expect(addressIn(ORIGIN, '//evil.example/jobs', 'uk')).toBe(`${ORIGIN}//evil.example/jobs?lang=uk`)
    expect(languageAlternates(ORIGIN, '//evil.example/jobs')).toEqual([])
    expect(isPublicPage('/impressum')).toBe(true)
  })
})
