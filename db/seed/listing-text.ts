import type { NewListing } from '../schema/listings'
import type { Rng } from './random'
import type { Benefit, OfferType } from '../../values/listings'

export interface ListingTextInput {
  rng: Rng
  offerType: OfferType
  sector: string
  company: string
  place: string
  occupation: string
  tasks: readonly string[]
  durationMonths?: number | null
  studyProgramme?: string
  isSchoolInternship?: boolean
  minCertificate: NonNullable<NewListing['minCertificate']>
  minGerman: NonNullable<NewListing['minGerman']>
  needsDrivingLicence: boolean
  benefits: readonly Benefit[]
  isSuitableForRefugees: boolean
  hasRecognitionSupport: boolean
  contactName: string
}

const CERTIFICATE: Record<ListingTextInput['minCertificate'], string> = {
  none: 'Ein Schulabschluss ist schön, aber kein Muss – uns zählt, was du kannst',
  hauptschule: 'mindestens einen Hauptschulabschluss',
  'mittlere-reife': 'einen Realschulabschluss (Mittlere Reife)',
  fachhochschulreife: 'die Fachhochschulreife oder das Abitur',
  abitur: 'das Abitur (allgemeine Hochschulreife)',
}

const BENEFIT_TEXT: Record<Benefit, string> = {
  shuttle: 'Werksbus von den umliegenden Orten direkt zum Betrieb – auch zur Frühschicht',
  deutschlandticket: 'Deutschlandticket als Jobticket, wir zahlen mit',
  housing: 'eine möblierte Unterkunft in der Nähe für den Start',
  licence: 'Zuschuss zum Führerschein',
  relocation: 'Hilfe beim Umzug in den Harz, bei Wohnungssuche und Behördengängen',
}

const QUALITIES = ['Zuverlässigkeit und Teamgeist', 'Sorgfalt und Verantwortungsbewusstsein', 'Lust, Neues zu lernen']
const PEOPLE_QUALITIES = ['Freude am Umgang mit Menschen', 'Einfühlungsvermögen und Geduld', 'ein freundliches Auftreten']
const TECHNICAL_QUALITIES = ['handwerkliches Geschick', 'Interesse an Technik', 'räumliches Vorstellungsvermögen']
const PEOPLE_SECTORS = new Set(['care', 'tourism', 'retail'])
const PERKS = ['30 Tage Urlaub', 'Vergütung nach Tarif', 'betriebliche Altersvorsorge', 'moderne Ausstattung und Arbeitskleidung', 'Team-Events und ein Sommerfest', 'Fahrrad-Leasing', 'flexible Arbeitszeiten']
const TRAINING_PERKS = ['sehr gute Übernahmechancen nach der Prüfung', 'ein Tablet für Berufsschule und Berichtsheft', 'Azubi-Projekte und Azubi-Fahrt']
const JOB_PERKS = ['Weiterbildung bis zum Meister oder Techniker', 'unbefristeter Arbeitsvertrag', 'eine gründliche Einarbeitung mit Patenschaft']

function intro(t: ListingTextInput): string {
  const years = Math.round(((t.durationMonths ?? 36) / 12) * 2) / 2
  switch (t.offerType) {
    case 'ausbildung':
      return `Du willst nach der Schule durchstarten? Bei ${t.company} in ${t.place} lernst du in ${String(years).replace('.', ',')} Jahren alles, was den Beruf ${t.occupation} ausmacht.`
    case 'duales-studium':
      return `Studium und Praxis in einem: Du studierst ${t.studyProgramme} und machst parallel bei ${t.company} in ${t.place} eine Ausbildung als ${t.occupation}.`
    case 'job':
      return t.rng.pick([
        `Für unser Team in ${t.place} suchen wir Verstärkung als ${t.occupation}.`,
        `${t.company} wächst – deshalb suchen wir in ${t.place} eine Fachkraft als ${t.occupation}.`,
      ])
    case 'praktikum':
      return t.isSchoolInternship
        ? `Ein Schülerpraktikum für zwei bis drei Wochen: Du lernst den Beruf ${t.occupation} in ${t.place} kennen. Wie bei Schulpraktika üblich ist es unvergütet – dafür mit viel Praxis.`
        : `Du möchtest den Beruf ${t.occupation} ausprobieren, bevor du dich entscheidest? Bei uns in ${t.place} bist du von Anfang an mittendrin.`
    case 'eq':
      return `Die Einstiegsqualifizierung (EQ) ist ein betriebliches Langzeitpraktikum von sechs bis zwölf Monaten. Sie bereitet dich auf eine Ausbildung als ${t.occupation} vor und kann darauf angerechnet werden.`
  }
}

function germanRequirement(level: ListingTextInput['minGerman']): string {
  if (level === 'none') return 'Deutschkenntnisse helfen, sind aber keine Voraussetzung – wir unterstützen dich beim Lernen'
  if (level === 'A1' || level === 'A2') return `erste Deutschkenntnisse (mindestens ${level})`
  if (level === 'B1' || level === 'B2') return `gute Deutschkenntnisse (mindestens ${level})`
  return `sehr gute Deutschkenntnisse (${level})`
}

const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n')

/** A listing description in German Markdown: intro, then "Das erwartet dich / bringst du mit / bieten wir". */
export function listingDescription(t: ListingTextInput): string {
  const { rng } = t
  const isTraining = t.offerType === 'ausbildung' || t.offerType === 'duales-studium' || t.offerType === 'eq'
  const expect = [...t.tasks]
  if (t.offerType === 'ausbildung') expect.push('Berufsschule im Blockunterricht, Prüfungsvorbereitung inklusive')
  if (t.offerType === 'duales-studium') expect.push('Theoriephasen an der Hochschule, Praxisphasen bei uns im Betrieb')
  if (isTraining) expect.push('eine feste Ausbilderin oder einen festen Ausbilder an deiner Seite')

  const bring = [CERTIFICATE[t.minCertificate], germanRequirement(t.minGerman)]
  if (t.offerType === 'job') bring.unshift(`eine abgeschlossene Ausbildung als ${t.occupation} oder vergleichbare Berufserfahrung`)
  if (t.needsDrivingLicence) bring.push('Führerschein Klasse B')
  bring.push(rng.pick(PEOPLE_SECTORS.has(t.sector) ? PEOPLE_QUALITIES : TECHNICAL_QUALITIES), rng.pick(QUALITIES))
  if (t.hasRecognitionSupport) bring.push('Du hast deinen Berufsabschluss im Ausland gemacht? Wir begleiten dich bei der Anerkennung.')
  if (t.isSuitableForRefugees) bring.push('Du bist neu in Deutschland? Wir helfen bei Sprachkurs, Behördengängen und Arbeitserlaubnis.')

  const offer = [
    ...t.benefits.map((b) => BENEFIT_TEXT[b]),
    ...rng.sample(PERKS, 2),
    ...rng.sample(t.offerType === 'job' ? JOB_PERKS : isTraining ? TRAINING_PERKS : [], 1),
  ]

  const closing = `Klingt gut? Dann bewirb dich direkt hier über Passgenau – ein kurzer Lebenslauf reicht. Fragen beantwortet dir gern ${t.contactName}.`
  return [
    intro(t),
    `## Das erwartet dich\n\n${bullets(expect)}`,
    `## Das bringst du mit\n\n${bullets(bring)}`,
    `## Das bieten wir\n\n${bullets(offer)}`,
    closing,
  ].join('\n\n')
}
