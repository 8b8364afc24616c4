import { describe, expect, it } from 'vitest'
import { buildFilterSpec } from './filter-spec'
import { quote, toMeiliFilter, toMeiliSort } from './meili-filter'
import { emptySearchInput } from './search-params'
import { emptyResultAlternatives } from './suggestions'
import { parseWhere } from './place.server'

const now = new Date('2026-11-20T12:00:00Z')
const goslar = { id: 1, name: 'Goslar', postalCode: '38640', district: 'Landkreis Goslar', districtCode: '03153', state: 'Niedersachsen', lat: 51.9191, lng: 10.4167 }

describe('toMeiliFilter', () => {
  it('hides expired listings even before the sync removes them', () => {
    expect(toMeiliFilter(buildFilterSpec(emptySearchInput(), null, now))).toEqual([`(expiresTs IS NULL OR expiresTs > ${now.getTime() / 1000})`])
  })

  it('translates every filter', () => {
    const spec = buildFilterSpec(
      {
        ...emptySearchInput(),
        where: 'Goslar',
        radius: 25,
        type: ['ausbildung', 'eq'],
        district: ['Landkreis "Goslar"'],
        start: '2027-08',
        cert: 'mittlere-reife',
        german: 'B1',
        salary: 1000,
        benefit: ['housing'],
        worklang: ['uk', 'tr'],
        refugees: true,
        germancourse: true,
        verified: true,
        since: 7,
      },
      goslar,
      now,
    )
    expect(toMeiliFilter(spec).slice(1)).toEqual([
      '_geoRadius(51.9191, 10.4167, 25000)',
      'offerType IN ["ausbildung", "eq"]',
      'district IN ["Landkreis \\"Goslar\\""]',
      'benefits IN ["housing"]',
      'workplaceLanguages IN ["uk", "tr"]',
      `startTs >= ${Date.parse('2027-08-01T00:00:00Z') / 1000}`,
      'minCertificateRank <= 2',
      'minGermanRank <= 3',
      'salaryMonthlyMin >= 1000',
      'isSuitableForRefugees = true',
      'supportsGermanCourse = true',
      'companyVerified = true',
      `publishedTs >= ${now.getTime() / 1000 - 7 * 86_400}`,
    ])
  })

  it('filters a radius by the places within it once they are known', () => {
    const spec = buildFilterSpec({ ...emptySearchInput(), where: 'Goslar', radius: 25 }, goslar, now)
    spec.geo!.placeIds = [1, 7, 42]
    expect(toMeiliFilter(spec)[1]).toBe('placeId IN [1, 7, 42]')
    spec.geo!.placeIds = []
    expect(toMeiliFilter(spec)[1]).toBe('_geoRadius(51.9191, 10.4167, 25000)')
  })

  it('escapes quotes and backslashes in values', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"')
  })

  it('sorts by distance only when there is a place', () => {
    const spec = buildFilterSpec({ ...emptySearchInput(), where: 'Goslar', radius: 25 }, goslar, now)
    expect(toMeiliSort('distance', spec)).toEqual(['_geoPoint(51.9191, 10.4167):asc'])
    expect(toMeiliSort('distance', buildFilterSpec(emptySearchInput(), null, now))).toBeUndefined()
    expect(toMeiliSort('relevance', spec)).toBeUndefined()
  })
})

describe('emptyResultAlternatives', () => {
  it('offers the next radius and each active filter dropped', () => {
    const input = { ...emptySearchInput(), where: 'Goslar', radius: 10 as const, type: ['job' as const], verified: true }
    expect(emptyResultAlternatives(input, true).map((a) => a.suggestion)).toEqual([
      { kind: 'radius', radius: 25 },
      { kind: 'drop', param: 'type' },
      { kind: 'drop', param: 'verified' },
    ])
    expect(emptyResultAlternatives({ ...input, radius: 100 }, true)[0].suggestion).toEqual({ kind: 'drop', param: 'type' })
  })
})

describe('parseWhere', () => {
  it('reads postal codes and names in the ways people type them', () => {
    expect(parseWhere('38640')).toEqual({ postalCode: '38640' })
    expect(parseWhere('38640 Goslar')).toEqual({ postalCode: '38640', name: 'goslar' })
    expect(parseWhere('Goslar (38640)')).toEqual({ postalCode: '38640', name: 'goslar' })
    expect(parseWhere('  Bad   Harzburg ')).toEqual({ name: 'bad harzburg' })
    expect(parseWhere('386')).toEqual({ postalPrefix: '386' })
  })
})
