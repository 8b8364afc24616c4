import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Lang } from '~/i18n'
import { EARTH_RADIUS_KM } from '~/utils/geo'
import { renderMatchNote } from './match-text'
import type { MatchListing, MatchProfile, MatchResult } from './match-types'
import { LANGUAGE_BONUS, scoreMatch } from './score-match'
import { GERMAN_LEVELS } from '../../../values/listings'

const NOW = new Date('2026-03-01T10:00:00Z')
const OSTERODE = { name: 'Osterode am Harz', lat: 51.7286, lng: 10.2522 }
const KM_PER_DEGREE_LAT = (Math.PI * EARTH_RADIUS_KM) / 180

/** A place exactly `km` north of `from`: along a meridian the distance is exact. */
const north = (from: { lat: number; lng: number }, km: number, name = 'Nordort') => ({ name, lat: from.lat + km / KM_PER_DEGREE_LAT, lng: from.lng })

const profile = (changes: Partial<MatchProfile> = {}): MatchProfile => ({
  germanLevel: 'C1',
  certificate: 'mittlere-reife',
  home: OSTERODE,
  travelKm: 25,
  hasDrivingLicence: true,
  hasCar: true,
  usesPublicTransportOnly: false,
  availableFrom: null,
  wishedOccupationIds: [7],
  wishedFieldCodes: ['26'],
  wishedOfferTypes: ['ausbildung'],
  awaitsRecognition: false,
  languages: [],
  ...changes,
})

const listing = (changes: Partial<MatchListing> = {}): MatchListing => ({
  offerType: 'ausbildung',
  occupationId: 7,
  occupationName: 'Elektroniker/in',
  fieldCode: '26',
  place: north(OSTERODE, 10),
  startDate: '2026-08-01',
  minGerman: 'B1',
  minCertificate: 'hauptschule',
  needsDrivingLicence: false,
  benefits: [],
  hasRecognitionSupport: false,
  workplaceLanguages: [],
  supportsGermanCourse: false,
  ...changes,
})

const score = (p: Partial<MatchProfile>, l: Partial<MatchListing>) => scoreMatch(profile(p), listing(l), { now: NOW })
const texts = (notes: MatchResult['reasons'], lang: Lang = 'de') => notes.map((note) => renderMatchNote(lang, note))
const reasons = (result: MatchResult, lang: Lang = 'de') => texts(result.reasons, lang)
const gaps = (result: MatchResult, lang: Lang = 'de') => texts(result.gaps, lang)

describe('scoreMatch: distance and travel', () => {
  it('says how far the place is and that it lies within the radius, in German and English', () => {
    const result = score({}, { place: north(OSTERODE, 18) })
    expect(result.distanceKm).toBe(18)
    expect(reasons(result)).toContain('18 km von Osterode am Harz – innerhalb Ihrer 25 km')
    expect(reasons(result, 'en')).toContain('18 km from Osterode am Harz – within your 25 km')
  })

  it('counts a place exactly at the radius as within, and one a kilometre further as outside', () => {
    expect(reasons(score({}, { place: north(OSTERODE, 25) }))).toContain('25 km von Osterode am Harz – innerhalb Ihrer 25 km')
    const outside = score({}, { place: north(OSTERODE, 26) })
    expect(gaps(outside)).toContain('26 km von Osterode am Harz – weiter als Ihre 25 km')
    expect(gaps(outside, 'en')).toContain('26 km from Osterode am Harz – beyond your 25 km')
    expect(outside.score).toBeLessThan(score({}, { place: north(OSTERODE, 25) }).score)
  })

  it('writes short distances with one decimal in the reader’s style', () => {
    expect(reasons(score({}, { place: north(OSTERODE, 4.5) }))).toContain('4,5 km von Osterode am Harz – innerhalb Ihrer 25 km')
    expect(reasons(score({}, { place: north(OSTERODE, 4.5) }), 'en')).toContain('4.5 km from Osterode am Harz – within your 25 km')
  })

  it('is stricter for someone on bus and train only, unless the company runs a shuttle', () => {
    const transit = { usesPublicTransportOnly: true, hasCar: false }
    const far = score(transit, { place: north(OSTERODE, 18) })
    expect(gaps(far)).toContain('18 km von Osterode am Harz – mit Bus und Bahn ein weiter Weg')
    expect(far.score).toBeLessThan(score({}, { place: north(OSTERODE, 18) }).score)
    expect(reasons(score(transit, { place: north(OSTERODE, 12) }))).toContain('12 km von Osterode am Harz – innerhalb Ihrer 25 km')
    const shuttle = score(transit, { place: north(OSTERODE, 18), benefits: ['shuttle'] })
    expect(reasons(shuttle)).toContain('18 km von Osterode am Harz – innerhalb Ihrer 25 km')
    expect(reasons(shuttle)).toContain('Werksbus oder Shuttle – auch ohne Auto gut erreichbar')
  })

  it('without a home place leaves distance out, says so, and gives half the points', () => {
    const result = score({ home: null }, {})
    expect(result.distanceKm).toBeNull()
    expect(gaps(result)).toEqual(['Ihr Wohnort fehlt im Profil – die Entfernung ist nicht berücksichtigt'])
    expect(result.score).toBe(88) // 100 − half of the 25 distance points, rounded
  })

  it('assumes 25 km when the seeker has not said how far they travel, and says so', () => {
    const result = score({ travelKm: null }, { place: north(OSTERODE, 18) })
    expect(reasons(result)).toContain('18 km von Osterode am Harz – innerhalb Ihrer 25 km')
    expect(gaps(result, 'en')).toContain('How far you can travel is missing from your profile – 25 km assumed')
  })
})

describe('scoreMatch: German and certificate', () => {
  it('compares the German level with the one required', () => {
    expect(reasons(score({ germanLevel: 'C1' }, { minGerman: 'B1' }))).toContain('Ihr Deutsch (C1) reicht – verlangt ist B1')
    expect(reasons(score({ germanLevel: 'C1' }, { minGerman: 'B1' }), 'en')).toContain('Your German (C1) is enough – B1 is required')
    expect(gaps(score({ germanLevel: 'B1' }, { minGerman: 'B2' }))).toContain(
      'Verlangt ist Deutsch B2, Sie haben B1 – ein Sprachkurs kann die Lücke schließen',
    )
    expect(gaps(score({ germanLevel: 'A2' }, { minGerman: 'B2' }), 'en')).toContain('German B2 is required, you have A2')
    expect(gaps(score({ germanLevel: 'none' }, { minGerman: 'B1' }))).toContain('Verlangt ist Deutsch B1, Sie haben keine Deutschkenntnisse')
  })

  it('one level short scores between a fit and a clear miss', () => {
    const fit = score({ germanLevel: 'B2' }, { minGerman: 'B2' }).score
    const close = score({ germanLevel: 'B1' }, { minGerman: 'B2' }).score
    const miss = score({ germanLevel: 'A1' }, { minGerman: 'B2' }).score
    expect(fit).toBeGreaterThan(close)
    expect(close).toBeGreaterThan(miss)
  })

  it('without a German level asks for it when the listing requires German, and is silent when it does not', () => {
    expect(gaps(score({ germanLevel: null }, { minGerman: 'B1' }))).toContain('Verlangt ist Deutsch B1 – Ihr Deutschniveau fehlt im Profil')
    expect(score({ germanLevel: null }, { minGerman: 'none' }).gaps).toEqual([])
  })

  it('tells a beginner that no German is required', () => {
    expect(reasons(score({ germanLevel: 'A1' }, { minGerman: 'none' }), 'en')).toContain('No German required')
    expect(reasons(score({ germanLevel: 'C1' }, { minGerman: 'none' }))).not.toContain('Keine Deutschkenntnisse verlangt')
  })

  it('compares the school certificate with the one required', () => {
    expect(reasons(score({ certificate: 'mittlere-reife' }, { minCertificate: 'hauptschule' }))).toContain(
      'Ihr Abschluss genügt: Mittlere Reife (Realschulabschluss) (verlangt: Hauptschulabschluss)',
    )
    expect(gaps(score({ certificate: 'hauptschule' }, { minCertificate: 'abitur' }), 'en')).toContain(
      'Required: at least Higher education entrance qualification (Abitur) – yours: Lower secondary certificate (Hauptschulabschluss)',
    )
    expect(gaps(score({ certificate: null }, { minCertificate: 'hauptschule' }))).toContain(
      'Verlangt: mindestens Hauptschulabschluss – Ihr Schulabschluss fehlt im Profil',
    )
    expect(reasons(score({ certificate: 'none' }, { minCertificate: 'none' }))).toContain('Kein bestimmter Schulabschluss verlangt')
  })

  it('treats a foreign certificate as awaiting recognition, and names a company that helps with it', () => {
    const plain = score({ certificate: 'foreign' }, { minCertificate: 'mittlere-reife' })
    expect(gaps(plain)).toContain('Verlangt: mindestens Mittlere Reife (Realschulabschluss) – lassen Sie Ihren ausländischen Abschluss anerkennen')
    const helped = score({ certificate: 'foreign' }, { minCertificate: 'mittlere-reife', hasRecognitionSupport: true })
    expect(reasons(helped)).toContain('Der Betrieb hilft bei der Anerkennung ausländischer Abschlüsse')
    expect(helped.score).toBeGreaterThan(plain.score)
  })

  it('names recognition support for a foreign qualification awaiting recognition', () => {
    const result = score({ awaitsRecognition: true }, { hasRecognitionSupport: true })
    expect(reasons(result, 'en')).toContain('The company helps with the recognition of foreign qualifications')
    expect(reasons(score({ awaitsRecognition: false }, { hasRecognitionSupport: true }), 'en')).not.toContain(
      'The company helps with the recognition of foreign qualifications',
    )
  })
})

describe('scoreMatch: occupation, offer type, start, licence', () => {
  it('knows a wished occupation, a related one and another one', () => {
    expect(reasons(score({}, {}))).toContain('Ihr Wunschberuf: Elektroniker/in')
    const related = score({}, { occupationId: 8, occupationName: 'Mechatroniker/in', fieldCode: '26' })
    expect(reasons(related, 'en')).toContain('Related to your wished occupations: Mechatroniker/in')
    const other = score({}, { occupationId: 9, occupationName: 'Koch/Köchin', fieldCode: '63' })
    expect(gaps(other)).toContain('Koch/Köchin gehört nicht zu Ihren Wunschberufen')
    expect(score({}, {}).score).toBeGreaterThan(related.score)
    expect(related.score).toBeGreaterThan(other.score)
    expect(gaps(score({ wishedOccupationIds: [], wishedFieldCodes: [] }, {}))).toContain('Noch keine Wunschberufe im Profil')
  })

  it('knows a wished offer type, and says nothing when any type is fine', () => {
    expect(reasons(score({}, {}))).toContain('Gesuchte Angebotsart: Ausbildung')
    expect(gaps(score({}, { offerType: 'job' }), 'en')).toContain('Job is not a kind of offer you are looking for')
    expect(score({ wishedOfferTypes: [] }, { offerType: 'job' }).gaps).toEqual([])
  })

  it('compares the start with when the seeker is available', () => {
    expect(reasons(score({ availableFrom: '2026-07-01' }, { startDate: '2026-08-01' }))).toContain(
      'Beginn am 1. August 2026 – Sie sind ab 1. Juli 2026 verfügbar',
    )
    const soon = score({ availableFrom: '2026-08-15' }, { startDate: '2026-08-01' })
    expect(gaps(soon, 'en')).toContain('Starts on 1 August 2026 – you are only available from 15 August 2026')
    const late = score({ availableFrom: '2026-12-01' }, { startDate: '2026-08-01' })
    expect(soon.score).toBeGreaterThan(late.score)
  })

  it('reads a start date already past as "at once"', () => {
    expect(score({ availableFrom: null }, { startDate: '2025-01-01' }).gaps).toEqual([])
    expect(gaps(score({ availableFrom: '2026-09-01' }, { startDate: '2025-01-01' }))).toHaveLength(1)
  })

  it('checks the driving licence, and names a company that pays towards one', () => {
    expect(reasons(score({ hasDrivingLicence: true }, { needsDrivingLicence: true }))).toContain('Führerschein verlangt – den haben Sie')
    expect(gaps(score({ hasDrivingLicence: false }, { needsDrivingLicence: true }), 'en')).toEqual(['Driving licence required'])
    const helped = score({ hasDrivingLicence: false }, { needsDrivingLicence: true, benefits: ['licence'] })
    expect(reasons(helped)).toContain('Der Betrieb gibt einen Zuschuss zum Führerschein')
  })
})

describe('scoreMatch: benefits that fit', () => {
  it('names housing help when the way is far, not when it is near', () => {
    expect(reasons(score({}, { place: north(OSTERODE, 20), benefits: ['housing'] }))).toContain(
      'Hilfe bei Wohnung oder Unterkunft – gut bei einem weiten Weg',
    )
    expect(reasons(score({}, { place: north(OSTERODE, 3), benefits: ['housing'] }))).not.toContain(
      'Hilfe bei Wohnung oder Unterkunft – gut bei einem weiten Weg',
    )
  })

  it('names the Deutschlandticket for someone on bus and train, not for a driver', () => {
    const ticket = 'Deutschlandticket vom Betrieb – passt, wenn Sie mit Bus und Bahn fahren'
    expect(reasons(score({ usesPublicTransportOnly: true, hasCar: false }, { benefits: ['deutschlandticket'] }))).toContain(ticket)
    expect(reasons(score({ hasCar: true }, { benefits: ['deutschlandticket'] }))).not.toContain(ticket)
  })
})

describe('scoreMatch: languages at the workplace and German courses', () => {
  // Not a wished occupation: 80 points, so a bonus shows in the number instead of vanishing in the cap.
  const elsewhere = { occupationId: 99, fieldCode: '51', occupationName: 'Fachkraft für Lagerlogistik' }
  const ukrainian = { languages: [{ code: 'uk', level: 'native' as const }, { code: 'en', level: 'A2' as const }] }

  it('names a workplace language the seeker speaks well and scores the listing higher', () => {
    const spoken = score(ukrainian, { ...elsewhere, workplaceLanguages: ['de', 'uk'] })
    const silent = score(ukrainian, { ...elsewhere, workplaceLanguages: ['de'] })
    expect(reasons(spoken)).toContain('Am Arbeitsplatz wird Ukrainisch gesprochen – das sprechen Sie gut')
    expect(reasons(spoken, 'en')).toContain('Ukrainian is spoken at the workplace – you speak it well')
    expect(spoken.score).toBe(silent.score + LANGUAGE_BONUS)
  })

  it('ignores a language the seeker speaks only a little, and German, which the German criterion judges', () => {
    const result = score({ ...ukrainian, germanLevel: 'C2' }, { ...elsewhere, workplaceLanguages: ['de', 'en'] })
    expect(result.reasons.map((r) => r.key)).not.toContain('match.reason.workplaceLanguage')
    expect(result.score).toBe(score(ukrainian, elsewhere).score)
  })

  it('names every shared language but adds the bonus once', () => {
    const polyglot = { languages: [{ code: 'uk', level: 'C1' as const }, { code: 'ru', level: 'B2' as const }] }
    const result = score(polyglot, { ...elsewhere, workplaceLanguages: ['uk', 'ru'] })
    expect(reasons(result)).toEqual(expect.arrayContaining(['Am Arbeitsplatz wird Ukrainisch gesprochen – das sprechen Sie gut', 'Am Arbeitsplatz wird Russisch gesprochen – das sprechen Sie gut']))
    expect(result.score).toBe(score(polyglot, elsewhere).score + LANGUAGE_BONUS)
  })

  it('scores a German course higher for a seeker whose German is still low, and says so', () => {
    const course = { ...elsewhere, minGerman: 'A1' as const, supportsGermanCourse: true }
    const helped = score({ germanLevel: 'A2' }, course)
    expect(reasons(helped)).toContain('Deutschkurs wird unterstützt – gut, solange Ihr Deutsch noch wächst')
    expect(reasons(helped, 'en')).toContain('German course supported – helpful while your German grows')
    expect(helped.score).toBe(score({ germanLevel: 'A2' }, { ...course, supportsGermanCourse: false }).score + LANGUAGE_BONUS)
  })

  it('leaves the course out for fluent German and for a profile that does not say', () => {
    const course = { ...elsewhere, minGerman: 'A1' as const, supportsGermanCourse: true }
    for (const germanLevel of ['B2', 'C1', null] as const) {
      const result = score({ germanLevel }, course)
      expect(result.reasons.map((r) => r.key)).not.toContain('match.reason.germanCourse')
      expect(result.score).toBe(score({ germanLevel }, { ...course, supportsGermanCourse: false }).score)
    }
  })

  it('adds both bonuses together and still stays at most 100', () => {
    const newcomer = { ...ukrainian, germanLevel: 'A2' as const }
    const both = { ...elsewhere, minGerman: 'A1' as const, workplaceLanguages: ['uk' as const], supportsGermanCourse: true }
    expect(score(newcomer, both).score).toBe(score(newcomer, { ...both, workplaceLanguages: [], supportsGermanCourse: false }).score + 2 * LANGUAGE_BONUS)
    expect(score(newcomer, { workplaceLanguages: ['uk'], supportsGermanCourse: true, minGerman: 'A1' }).score).toBe(100)
  })

  it('lifts a low-German seeker on a course listing by at most the course bonus over a fluent one', () => {
    // The one place where better German does not mean a higher score: the course is worth more to
    // someone who needs it. Without a course the score never drops as German improves (below).
    const levels = fc.constantFrom(...GERMAN_LEVELS)
    fc.assert(
      fc.property(levels, levels, levels, (a, b, required) => {
        const [low, high] = GERMAN_LEVELS.indexOf(a) <= GERMAN_LEVELS.indexOf(b) ? [a, b] : [b, a]
        const l = { ...elsewhere, minGerman: required, supportsGermanCourse: true }
        expect(score({ germanLevel: high }, l).score).toBeGreaterThanOrEqual(score({ germanLevel: low }, l).score - LANGUAGE_BONUS)
      }),
    )
  })
})

describe('scoreMatch: the number', () => {
  it('gives 100 to a listing that fits in every respect, and stays at 100 with benefits on top', () => {
    expect(score({}, {}).score).toBe(100)
    expect(score({ hasCar: false }, { benefits: ['shuttle', 'deutschlandticket'] }).score).toBe(100)
  })

  it('stays within 0–100 and never drops when the seeker’s German improves', () => {
    const levels = fc.constantFrom(...GERMAN_LEVELS)
    fc.assert(
      fc.property(levels, levels, levels, fc.double({ min: 0, max: 150, noNaN: true }), (a, b, required, km) => {
        const [low, high] = GERMAN_LEVELS.indexOf(a) <= GERMAN_LEVELS.indexOf(b) ? [a, b] : [b, a]
        const l = { minGerman: required, place: north(OSTERODE, km) }
        const lower = score({ germanLevel: low }, l)
        const higher = score({ germanLevel: high }, l)
        expect(lower.score).toBeGreaterThanOrEqual(0)
        expect(higher.score).toBeLessThanOrEqual(100)
        expect(higher.score).toBeGreaterThanOrEqual(lower.score)
      }),
    )
  })
})
