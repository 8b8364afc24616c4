import type { NewSeekerProfile } from '../schema'

/**
 * Fictional seekers across the Harz who let companies find them (example.org addresses, passwords
 * nobody knows), so the candidate search has people to show. Homes are real places of the
 * gazetteer, wishes real training occupations by slug; `availableInMonths` counts from the seed day.
 */
export interface DemoCandidate {
  email: string
  name: string
  lang: 'de' | 'en'
  home: { postalCode: string; name: string }
  wished: string[]
  availableInMonths: number | null
  profile: Omit<NewSeekerProfile, 'userId' | 'homePlaceId' | 'wishedOccupationIds' | 'availableFrom' | 'isFindable'>
}

export const DEMO_CANDIDATES: DemoCandidate[] = [
  {
    email: 'demo-kandidatin-lea@example.org',
    name: 'Lea Brandt',
    lang: 'de',
    home: { postalCode: '38855', name: 'Wernigerode' },
    wished: ['mechatroniker-in', 'industriemechaniker-in'],
    availableInMonths: 2,
    profile: {
      targetGroup: 'school-leaver',
      certificate: 'mittlere-reife',
      germanLevel: 'C2',
      languages: [{ code: 'en', level: 'B1' }],
      skills: ['Schülerpraktikum Metallbau', 'Technisches Zeichnen', 'Robotik-AG'],
      travelKm: 25,
      usesPublicTransportOnly: true,
      wishedOfferTypes: ['ausbildung'],
    },
  },
  {
    email: 'demo-kandidat-karim@example.org',
    name: 'Karim Al-Masri',
    lang: 'en',
    home: { postalCode: '38820', name: 'Halberstadt' },
    wished: ['elektroniker-in', 'elektroniker-in-fuer-betriebstechnik'],
    availableInMonths: null,
    profile: {
      targetGroup: 'newly-arrived',
      certificate: 'foreign',
      germanLevel: 'B1',
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'en', level: 'B2' },
      ],
      foreignQualifications: [{ title: 'Elektriker', country: 'Syrien', recognition: 'in-progress' }],
      skills: ['Elektroinstallation', 'Schaltpläne lesen', 'Photovoltaik-Montage'],
      travelKm: 40,
      hasDrivingLicence: true,
      wishedOfferTypes: ['ausbildung', 'job'],
    },
  },
  {
    email: 'demo-kandidat-jonas@example.org',
    name: 'Jonas Vogt',
    lang: 'de',
    home: { postalCode: '37520', name: 'Osterode am Harz' },
    wished: ['kraftfahrzeugmechatroniker-in'],
    availableInMonths: 1,
    profile: {
      targetGroup: 'skilled-worker',
      certificate: 'mittlere-reife',
      germanLevel: 'C2',
      skills: ['Fahrzeugdiagnose', 'Hochvolt-Schein (Stufe 2S)', 'Reifenservice'],
      travelKm: 50,
      hasDrivingLicence: true,
      hasCar: true,
      wishedOfferTypes: ['job'],
    },
  },
  {
    email: 'demo-kandidatin-marta@example.org',
    name: 'Marta Kowalczyk',
    lang: 'de',
    home: { postalCode: '99734', name: 'Nordhausen' },
    wished: ['koch-koechin', 'hotelfachmann-frau'],
    availableInMonths: 0,
    profile: {
      targetGroup: 'skilled-worker',
      certificate: 'foreign',
      germanLevel: 'B2',
      languages: [
        { code: 'pl', level: 'native' },
        { code: 'en', level: 'B1' },
      ],
      foreignQualifications: [{ title: 'Köchin', country: 'Polen', recognition: 'full' }],
      skills: ['Großküche', 'HACCP', 'Frühstücksservice'],
      travelKm: 30,
      hasDrivingLicence: true,
      wishedOfferTypes: ['job'],
    },
  },
  {
    email: 'demo-kandidat-finn@example.org',
    name: 'Finn Hartmann',
    lang: 'de',
    home: { postalCode: '38667', name: 'Bad Harzburg' },
    wished: ['kaufmann-frau-fuer-bueromanagement', 'fachkraft-fuer-lagerlogistik'],
    availableInMonths: 3,
    profile: {
      targetGroup: 'career-changer',
      certificate: 'fachhochschulreife',
      germanLevel: 'C2',
      languages: [{ code: 'en', level: 'B2' }],
      skills: ['Tabellenkalkulation', 'Warenannahme', 'Kundentelefon'],
      travelKm: 35,
      hasDrivingLicence: true,
      hasCar: true,
      wishedOfferTypes: ['ausbildung', 'duales-studium'],
    },
  },
  {
    email: 'demo-kandidatin-elif@example.org',
    name: 'Elif Demir',
    lang: 'de',
    home: { postalCode: '06484', name: 'Quedlinburg' },
    wished: ['friseur-in', 'fachverkaeufer-in-im-lebensmittelhandwerk'],
    availableInMonths: 2,
    profile: {
      targetGroup: 'school-leaver',
      certificate: 'hauptschule',
      germanLevel: 'C1',
      languages: [{ code: 'tr', level: 'native' }],
      skills: ['Schülerpraktikum Bäckerei', 'Kundenfreundlich'],
      travelKm: 20,
      usesPublicTransportOnly: true,
      wishedOfferTypes: ['ausbildung', 'eq'],
    },
  },
]
