import { DEMO_SLUG_PREFIX } from './names'
import type { EventKind } from '../../../values/chambers'

/*
 * Fictional chambers and Kreishandwerkerschaften of the Harz, one or more in every district, with
 * their campaigns and events. Places are real (postal code and name as in the gazetteer); names,
 * people and websites are invented.
 */

export interface DemoChamber {
  name: string
  slug: string
  postalCode: string
  placeName: string
  website: string
  description: string
}

const fictional = '*Diese Kammer ist erfunden: Sie zeigt, wie Kammern Passgenau nutzen. Namen, Angebote und Termine sind Beispiele.*'

function describe(who: string, area: string, offers: string[]): string {
  return [`## Wer wir sind`, `${who} vertritt die Handwerksbetriebe ${area}. Wir prüfen, wer ausbilden darf, beraten Betriebe und Bewerber und bringen beide zusammen.`, `## Was wir für Sie tun`, offers.map((o) => `- ${o}`).join('\n'), fictional].join('\n\n')
}

/** `chamber@example.org` works at the first by slug (demo-accounts.ts): keep the Handwerkskammer first. */
export const DEMO_CHAMBERS: DemoChamber[] = [
  {
    name: 'Handwerkskammer Harz-Brocken (Demo)',
    slug: `${DEMO_SLUG_PREFIX}hwk-harz-brocken`,
    postalCode: '38855',
    placeName: 'Wernigerode',
    website: 'https://hwk-harz-brocken.example',
    description: describe('Die Handwerkskammer Harz-Brocken', 'im Landkreis Harz', [
      'Ausbildungsberatung für Schulabgänger, Eltern und Quereinsteiger',
      'Lehrstellenbörse und Praktikumsvermittlung in über 100 Handwerksberufen',
      'Beratung zur Anerkennung ausländischer Berufsabschlüsse',
      'Meisterkurse und Weiterbildung im Bildungszentrum',
    ]),
  },
  {
    name: 'Kreishandwerkerschaft Südharz-Kyffhäuser (Demo)',
    slug: `${DEMO_SLUG_PREFIX}khs-suedharz-kyffhaeuser`,
    postalCode: '99734',
    placeName: 'Nordhausen',
    website: 'https://khs-suedharz.example',
    description: describe('Die Kreishandwerkerschaft Südharz-Kyffhäuser', 'im Landkreis Nordhausen', [
      'Ausbildungsplätze in den Innungsbetrieben der Region',
      'Bewerbungstraining und Begleitung in den ersten Ausbildungsmonaten',
      'Kontakt zu den Innungen vom Bäcker- bis zum Elektrohandwerk',
    ]),
  },
  {
    name: 'Kreishandwerkerschaft Goslar-Oberharz (Demo)',
    slug: `${DEMO_SLUG_PREFIX}khs-goslar-oberharz`,
    postalCode: '38640',
    placeName: 'Goslar',
    website: 'https://khs-goslar.example',
    description: describe('Die Kreishandwerkerschaft Goslar-Oberharz', 'im Landkreis Goslar', [
      'Lehrstellenbörse der Innungen zwischen Seesen und Bad Harzburg',
      'Praktika in den Ferien, auch für Schülerinnen und Schüler aus dem Oberharz',
      'Hilfe bei Fahrtwegen und Azubi-Wohnen',
    ]),
  },
  {
    name: 'Kreishandwerkerschaft Göttingen-Osterode (Demo)',
    slug: `${DEMO_SLUG_PREFIX}khs-goettingen-osterode`,
    postalCode: '37520',
    placeName: 'Osterode am Harz',
    website: 'https://khs-osterode.example',
    description: describe('Die Kreishandwerkerschaft Göttingen-Osterode', 'im Harzer Teil des Landkreises Göttingen', [
      'Ausbildungsberatung in Osterode, Herzberg und Bad Lauterberg',
      'Sprechstunde zur Anerkennung ausländischer Abschlüsse',
      'Vermittlung von Einstiegsqualifizierungen',
    ]),
  },
  {
    name: 'Kreishandwerkerschaft Kyffhäuser (Demo)',
    slug: `${DEMO_SLUG_PREFIX}khs-kyffhaeuser`,
    postalCode: '99706',
    placeName: 'Sondershausen',
    website: 'https://khs-kyffhaeuser.example',
    description: describe('Die Kreishandwerkerschaft Kyffhäuser', 'im Kyffhäuserkreis', [
      'Ausbildungsplätze zwischen Sondershausen, Artern und Bad Frankenhausen',
      'Elternabende und Berufsorientierung an Schulen',
      'Unterstützung beim Führerschein für Azubis',
    ]),
  },
  {
    name: 'Kreishandwerkerschaft Mansfeld-Südharz (Demo)',
    slug: `${DEMO_SLUG_PREFIX}khs-mansfeld-suedharz`,
    postalCode: '06526',
    placeName: 'Sangerhausen',
    website: 'https://khs-mansfeld.example',
    description: describe('Die Kreishandwerkerschaft Mansfeld-Südharz', 'im Landkreis Mansfeld-Südharz', [
      'Lehrstellenbörse der Innungen in Sangerhausen, Eisleben und Hettstedt',
      'Azubi-Speed-Dating mit Betrieben aus der Region',
      'Beratung für Umschülerinnen und Umschüler',
    ]),
  },
]

export interface DemoCampaign {
  chamberSlug: string
  title: string
  description: string
  /** Days from today (German days) of the first and the last day. */
  fromDays: number
  toDays: number
}

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    chamberSlug: `${DEMO_SLUG_PREFIX}hwk-harz-brocken`,
    title: 'Lehrstellen-Aktion Sommer',
    description: 'Noch **freie Ausbildungsplätze** im Handwerk: Unsere Ausbildungsberater melden sich innerhalb von zwei Tagen bei Ihnen und vermitteln Praktika zum Kennenlernen.',
    fromDays: -14,
    toDays: 60,
  },
  {
    chamberSlug: `${DEMO_SLUG_PREFIX}hwk-harz-brocken`,
    title: 'Woche der offenen Werkstätten',
    description: 'Betriebe im Landkreis Harz öffnen ihre Werkstätten: einfach vorbeikommen und mitmachen.',
    fromDays: 20,
    toDays: 27,
  },
  {
    chamberSlug: `${DEMO_SLUG_PREFIX}khs-suedharz-kyffhaeuser`,
    title: 'Lehrstellen-Aktion Sommer',
    description: 'Die Innungsbetriebe im Südharz suchen Azubis: Wer sich jetzt bewirbt, bekommt innerhalb einer Woche eine Antwort.',
    fromDays: -7,
    toDays: 45,
  },
  {
    chamberSlug: `${DEMO_SLUG_PREFIX}khs-goslar-oberharz`,
    title: 'Azubi-Wohnen im Oberharz',
    description: 'Wer für die Ausbildung in den Oberharz zieht, bekommt Hilfe bei der Wohnungssuche.',
    fromDays: -30,
    toDays: 90,
  },
  {
    chamberSlug: `${DEMO_SLUG_PREFIX}khs-mansfeld-suedharz`,
    title: 'Zweite Chance Ausbildung',
    description: 'Für alle, die eine Ausbildung abgebrochen haben oder spät einsteigen: Wir finden mit Ihnen einen neuen Betrieb.',
    fromDays: -3,
    toDays: 40,
  },
]

export interface DemoEvent {
  /** A chamber's slug, or 'company:0' / 'company:1' for the first demo companies by slug. */
  organizer: string
  kind: EventKind
  title: string
  description: string
  postalCode: string
  placeName: string
  venue: string
  /** Days from today, and the German wall-clock hours it runs. */
  inDays: number
  from: string
  to: string
}

const hwk = `${DEMO_SLUG_PREFIX}hwk-harz-brocken`
const nordhausen = `${DEMO_SLUG_PREFIX}khs-suedharz-kyffhaeuser`
const goslar = `${DEMO_SLUG_PREFIX}khs-goslar-oberharz`
const osterode = `${DEMO_SLUG_PREFIX}khs-goettingen-osterode`
const kyffhaeuser = `${DEMO_SLUG_PREFIX}khs-kyffhaeuser`
const mansfeld = `${DEMO_SLUG_PREFIX}khs-mansfeld-suedharz`
const fair = 'Rund 30 Handwerksbetriebe stellen ihre Ausbildungsberufe vor.\n\n- Ausprobieren an Werkbänken\n- Bewerbungsmappen-Check\n- Gespräche mit Azubis\n\n*Fiktive Veranstaltung der Demo.*'
const evening = 'Ausbildungsberater erklären, wie eine Ausbildung im Handwerk abläuft, was sie bezahlt und wie man sich bewirbt. Fragen sind ausdrücklich erwünscht.\n\n*Fiktive Veranstaltung der Demo.*'
const openDay = 'Werkstätten, Maschinen und Menschen kennenlernen – mit Mitmach-Stationen für Schülerinnen und Schüler.\n\n*Fiktive Veranstaltung der Demo.*'

export const DEMO_EVENTS: DemoEvent[] = [
  { organizer: hwk, kind: 'job_fair', title: 'Ausbildungsbörse Handwerk Wernigerode', description: fair, postalCode: '38855', placeName: 'Wernigerode', venue: 'Stadthalle', inDays: 9, from: '09:00', to: '15:00' },
  { organizer: hwk, kind: 'info_evening', title: 'Infoabend für Eltern: Ausbildung im Handwerk', description: evening, postalCode: '38820', placeName: 'Halberstadt', venue: 'Bildungszentrum, Saal 2', inDays: 16, from: '18:00', to: '20:00' },
  { organizer: hwk, kind: 'open_day', title: 'Tag der offenen Werkstatt im Bildungszentrum', description: openDay, postalCode: '06484', placeName: 'Quedlinburg', venue: 'Lehrwerkstatt des Bildungszentrums', inDays: 23, from: '10:00', to: '14:00' },
  // Over already: it drops off the list, and its page answers 410.
  { organizer: hwk, kind: 'job_fair', title: 'Frühjahrs-Ausbildungsbörse Blankenburg', description: fair, postalCode: '38889', placeName: 'Blankenburg', venue: 'Schulzentrum, Aula', inDays: -20, from: '09:00', to: '14:00' },
  { organizer: nordhausen, kind: 'job_fair', title: 'Lehrstellenbörse Nordhausen', description: fair, postalCode: '99734', placeName: 'Nordhausen', venue: 'Bürgerhaus', inDays: 13, from: '10:00', to: '16:00' },
  { organizer: nordhausen, kind: 'info_evening', title: 'Infoabend Ausbildung und Duales Studium', description: evening, postalCode: '99755', placeName: 'Ellrich', venue: 'Rathaus', inDays: 30, from: '18:30', to: '20:30' },
  { organizer: goslar, kind: 'job_fair', title: 'Handwerksmesse Goslar: Ausbildung zum Anfassen', description: fair, postalCode: '38640', placeName: 'Goslar', venue: 'Stadthalle', inDays: 20, from: '09:00', to: '15:00' },
  { organizer: goslar, kind: 'open_day', title: 'Offene Werkstätten im Oberharz', description: openDay, postalCode: '38678', placeName: 'Clausthal-Zellerfeld', venue: 'Innungshaus', inDays: 27, from: '10:00', to: '15:00' },
  { organizer: osterode, kind: 'job_fair', title: 'Ausbildungsbörse Osterode am Harz', description: fair, postalCode: '37520', placeName: 'Osterode am Harz', venue: 'Stadthalle', inDays: 11, from: '09:00', to: '14:00' },
  { organizer: osterode, kind: 'info_evening', title: 'Infoabend: Ausländische Berufsabschlüsse anerkennen lassen', description: evening, postalCode: '37412', placeName: 'Herzberg am Harz', venue: 'Rathaus, Sitzungssaal', inDays: 18, from: '18:00', to: '20:00' },
  { organizer: kyffhaeuser, kind: 'info_evening', title: 'Elternabend Ausbildung im Kyffhäuserkreis', description: evening, postalCode: '99706', placeName: 'Sondershausen', venue: 'Kulturhaus', inDays: 8, from: '18:00', to: '19:30' },
  { organizer: kyffhaeuser, kind: 'job_fair', title: 'Azubi-Speed-Dating Artern', description: fair, postalCode: '06556', placeName: 'Artern', venue: 'Sporthalle', inDays: 25, from: '14:00', to: '18:00' },
  { organizer: mansfeld, kind: 'job_fair', title: 'Ausbildungsmesse Sangerhausen', description: fair, postalCode: '06526', placeName: 'Sangerhausen', venue: 'Stadthalle', inDays: 15, from: '09:00', to: '15:00' },
  { organizer: mansfeld, kind: 'open_day', title: 'Tag des Handwerks in Eisleben', description: openDay, postalCode: '06295', placeName: 'Lutherstadt Eisleben', venue: 'Marktplatz', inDays: 34, from: '10:00', to: '16:00' },
  { organizer: 'company:0', kind: 'open_day', title: 'Tag der offenen Tür: Ausbildung bei uns', description: openDay, postalCode: '', placeName: '', venue: '', inDays: 19, from: '10:00', to: '14:00' },
  { organizer: 'company:1', kind: 'info_evening', title: 'Azubi-Infoabend im Betrieb', description: evening, postalCode: '', placeName: '', venue: '', inDays: 22, from: '17:00', to: '19:00' },
]
