import { describe, expect, it } from 'vitest'
import type { Listing } from '../db/schema'
import {
  DESCRIPTION_MAX_CHARS,
  distinctWords,
  flattenOccupationLabels,
  monthlySalaryMin,
  toListingDocument,
  type ListingDocumentSource,
} from './documents'

function listing(overrides: Partial<Listing> = {}): Listing {
  return {
    id: 42,
    organizationId: '00000000-0000-4000-8000-000000000001',
    occupationId: 7,
    offerType: 'job',
    title: '  Elektroniker (m/w/d)  ',
    description: '## Deine Aufgaben\n\n- **Wartung** von [Anlagen](https://example.org/x)\n- Schicht',
    placeId: 3,
    workingTime: 'vollzeit',
    startDate: '2026-09-01',
    placesCount: 1,
    payPeriod: 'month',
    payMin: 3200,
    payMax: 3800,
    trainingAllowances: null,
    minCertificate: 'mittlere-reife',
    minGerman: 'B1',
    needsDrivingLicence: true,
    benefits: ['shuttle', 'deutschlandticket'],
    isSuitableForRefugees: true,
    hasRecognitionSupport: false,
    workplaceLanguages: ['de', 'uk'],
    supportsGermanCourse: true,
    status: 'published',
    closedReason: null,
    applicationDeadline: null,
    contactName: null,
    publishedAt: new Date('2026-05-01T10:00:00Z'),
    expiresAt: new Date('2026-07-01T10:00:00Z'),
    createdAt: new Date('2026-04-30T10:00:00Z'),
    updatedAt: new Date('2026-05-01T10:00:00Z'),
    expiryReminderSentAt: null,
    ...overrides,
  }
}

function source(overrides: Partial<Listing> = {}): ListingDocumentSource {
  return {
    listing: listing(overrides),
    organization: { id: '00000000-0000-4000-8000-000000000001', name: 'Harzer Elektro GmbH', slug: 'harzer-elektro', isVerified: true },
    place: { name: 'Goslar', postalCode: '38640', district: 'Landkreis Goslar', districtCode: '03153', state: 'Niedersachsen', lat: 51.9, lng: 10.43 },
    occupation: {
      id: 7,
      name: 'Elektroniker/in',
      labels: { de: ['Elektroniker', 'Elektronikerin'], en: ['electrician', 'Electrician'], ar: ['كهربائي'] },
      fieldCode: '26',
      isCrafts: true,
    },
    field: { code: '26', title: 'Mechatronik-, Energie- und Elektroberufe' },
  }
}

describe('toListingDocument', () => {
  it('maps a published job to a document with place, company and ranks', () => {
    const doc = toListingDocument(source())
    expect(doc).toMatchObject({
      id: 42,
      title: 'Elektroniker (m/w/d)',
      offerType: 'job',
      occupationId: 7,
      occupationName: 'Elektroniker/in',
      fieldCode: '26',
      fieldArea: '2',
      companyId: '00000000-0000-4000-8000-000000000001',
      company: 'Harzer Elektro GmbH',
      companySlug: 'harzer-elektro',
      companyVerified: true,
      place: 'Goslar',
      postalCode: '38640',
      districtCode: '03153',
      state: 'Niedersachsen',
      _geo: { lat: 51.9, lng: 10.43 },
      startDate: '2026-09-01',
      startTs: Date.UTC(2026, 8, 1) / 1000,
      salaryMonthlyMin: 3200,
      minCertificateRank: 2,
      minGermanRank: 3,
      needsDrivingLicence: true,
      benefits: ['shuttle', 'deutschlandticket'],
      isSuitableForRefugees: true,
      workplaceLanguages: ['de', 'uk'],
      supportsGermanCourse: true,
      publishedTs: Date.UTC(2026, 4, 1, 10) / 1000,
      expiresTs: Date.UTC(2026, 6, 1, 10) / 1000,
    })
  })

  it('indexes the description as plain text without markup or link targets', () => {
    const doc = toListingDocument(source())
    expect(doc.description).toBe('Deine Aufgaben Wartung von Anlagen Schicht')
  })

  it('trims a long description at a word boundary', () => {
    const doc = toListingDocument(source({ description: 'Wort '.repeat(600) }))
    expect(doc.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX_CHARS + 1)
    expect(doc.description.endsWith('Wort…')).toBe(true)
  })

  it('keeps occupation labels by language without duplicates', () => {
    expect(toListingDocument(source())).toMatchObject({
      occupationLabels: ['Elektroniker', 'Elektronikerin'],
      occupationLabelsEn: ['electrician'],
      occupationLabelsAr: ['كهربائي'],
      occupationLabelsFr: [],
    })
    expect(flattenOccupationLabels({ fr: [' électricien '], es: ['', 'electricista'] })).toEqual(['électricien', 'electricista'])
    expect(flattenOccupationLabels({})).toEqual([])
  })

  it('indexes Ukrainian and Turkish labels in attributes of their own, ahead of the cap on labels', () => {
    const many = Array.from({ length: 70 }, (_, i) => `label ${i}`)
    const doc = toListingDocument({
      ...source(),
      occupation: { id: 8, name: 'Koch/Köchin', labels: { de: ['Koch'], en: many, uk: ['Кухар / кухарка', 'Кухар', 'кухарка'], tr: ['Aşçı'], fr: ['cuisinier'] }, fieldCode: '29', isCrafts: false },
    })
    expect(doc.occupationLabelsUk).toEqual(['Кухар', 'кухарка'])
    expect(doc.occupationLabelsTr).toEqual(['Aşçı'])
    expect(doc.occupationLabelsFr).toEqual([])
  })

  it('indexes each word of the labels once, in its first spelling and order', () => {
    expect(distinctWords(['Koch', 'Köchin', 'Koch in Privathaushalt', 'koch/köchin', 'Kfz-Mechatroniker/in'])).toEqual([
      'Koch',
      'Köchin',
      'in',
      'Privathaushalt',
      'Kfz-Mechatroniker',
    ])
    expect(distinctWords(['طاهٍ خاص', 'طاهٍ', "chef d'équipe"])).toEqual(['طاهٍ', 'خاص', 'chef', "d'équipe"])
    expect(distinctWords([])).toEqual([])
  })

  it('builds the label attributes once per occupation, and anew when its labels change', () => {
    const first = toListingDocument(source())
    expect(toListingDocument(source()).occupationLabels).toBe(first.occupationLabels)
    const changed = source()
    changed.occupation = { ...changed.occupation, labels: { ...changed.occupation.labels, en: ['electrician', 'sparky'] } }
    expect(toListingDocument(changed).occupationLabelsEn).toEqual(['electrician', 'sparky'])
    expect(toListingDocument(source()).occupationLabelsEn).toEqual(['electrician'])
  })

  it('adds the Kfz form of Kraftfahrzeug occupations', () => {
    expect(flattenOccupationLabels({}, 'Kraftfahrzeugmechatroniker/in')).toEqual(['Kfz-Mechatroniker/in'])
  })

  it('adds transliterated German labels for people typing without umlauts', () => {
    expect(flattenOccupationLabels({ de: ['Bäckerin', 'Bäcker/in'], en: ['baker'] }, 'Bäcker/in')).toEqual([
      'Bäckerin',
      'Baecker/in',
      'Baeckerin',
      'baker',
    ])
  })

  it('leaves field and area empty for an occupation without a KldB field', () => {
    const row = source()
    row.occupation.fieldCode = null
    row.field = null
    expect(toListingDocument(row)).toMatchObject({ fieldCode: null, fieldArea: null, fieldTitle: null })
  })

  it('refuses a place without coordinates instead of indexing a broken _geo', () => {
    const row = source()
    row.place.lat = Number.NaN
    expect(() => toListingDocument(row)).toThrow(/coordinates/)
  })

  it('gives unpublished timestamps as null', () => {
    expect(toListingDocument(source({ publishedAt: null, expiresAt: null }))).toMatchObject({ publishedTs: null, expiresTs: null })
  })
})

describe('monthlySalaryMin', () => {
  const base = { offerType: 'job' as const, payPeriod: 'month' as const, payMin: 3000, trainingAllowances: null }

  it('turns hourly pay into a month of 173 hours', () => {
    expect(monthlySalaryMin({ ...base, payPeriod: 'hour', payMin: 15 })).toBe(2595)
  })

  it('turns yearly pay into a twelfth', () => {
    expect(monthlySalaryMin({ ...base, payPeriod: 'year', payMin: 42000 })).toBe(3500)
  })

  it('compares a training place by its first-year allowance', () => {
    expect(monthlySalaryMin({ ...base, offerType: 'ausbildung', payMin: null, trainingAllowances: [1020, 1100, 1200] })).toBe(1020)
  })

  it('is null when no pay is given', () => {
    expect(monthlySalaryMin({ ...base, payMin: null })).toBeNull()
  })
})
