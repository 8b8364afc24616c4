import { describe, expect, it } from 'vitest'
import { listingPath, slugify } from './slug'

describe('slugify', () => {
  it('spells out umlauts and ß the German way', () => {
    expect(slugify('Bäcker/in für Brötchen & Süßes')).toBe('baecker-in-fuer-broetchen-suesses')
  })

  it('drops gender markers punctuation and accents without leaving dashes at the ends', () => {
    expect(slugify(' Elektroniker/in (m/w/d) – Café ')).toBe('elektroniker-in-m-w-d-cafe')
  })

  it('keeps slugs short and never ends them with a dash', () => {
    const slug = slugify('a '.repeat(100), 10)
    expect(slug.length).toBeLessThanOrEqual(10)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('listingPath', () => {
  it('puts the id before the slug', () => {
    expect(listingPath(42, 'Koch/Köchin')).toBe('/jobs/42-koch-koechin')
  })

  it('falls back to the bare id when the title has no letters or digits', () => {
    expect(listingPath(7, 'طاهي')).toBe('/jobs/7')
  })
})
