import type { Rng } from './random'

type SizeBand = '1-9' | '10-49' | '50-249' | '250+'

const HEADCOUNT: Record<SizeBand, [number, number]> = { '1-9': [4, 9], '10-49': [12, 45], '50-249': [60, 240], '250+': [280, 900] }
const TRAINEES: Record<SizeBand, [number, number]> = { '1-9': [2, 2], '10-49': [2, 6], '50-249': [6, 20], '250+': [20, 60] }

const SIZE_SENTENCES: Record<SizeBand, readonly string[]> = {
  '1-9': ['Als kleiner Familienbetrieb mit {k} Leuten haben wir kurze Wege und viel Zeit für jeden Handgriff.', 'Wir sind ein kleines Team von {k} Leuten – bei uns packt jede und jeder mit an.'],
  '10-49': ['Rund {k} Kolleginnen und Kollegen arbeiten bei uns Hand in Hand.', 'Mit {k} Beschäftigten sind wir groß genug für spannende Aufträge und klein genug, um uns alle beim Namen zu kennen.'],
  '50-249': ['Mit rund {k} Beschäftigten gehören wir zu den größeren Arbeitgebern im {district}.', 'Rund {k} Menschen arbeiten bei uns – in ganz unterschiedlichen Aufgaben.'],
  '250+': ['Über {k} Menschen arbeiten an unserem Standort in {place}.', 'Mit mehr als {k} Beschäftigten sind wir einer der großen Arbeitgeber der Region.'],
}

// Only small firms are family-run; the founding year then fits the generation that runs it.
const FAMILY_HISTORY = 'Gegründet {old}, heute in {gen}. Generation familiengeführt.'
const HISTORY: readonly string[] = ['Seit {year} sind wir in {place} zu Hause.', 'Seit unserer Gründung {year} wachsen wir mit unseren Kundinnen und Kunden.']

const TRAINING: readonly string[] = [
  'Ausbildung hat bei uns Tradition: {t} Auszubildende lernen gerade bei uns.',
  'Als anerkannter Ausbildungsbetrieb begleiten wir junge Menschen und Quereinsteiger Schritt für Schritt.',
  'Wer bei uns lernt, hat beste Chancen auf Übernahme.',
]

const CLOSING = 'Dies ist ein fiktives Demo-Unternehmen von Passgenau; alle Angaben sind frei erfunden.'

/** A short German company profile, varied by template and by the rng. */
export function companyDescription(input: {
  rng: Rng
  activity: string
  sizeBand: SizeBand
  place: string
  district: string
  isTrainingCompany: boolean
}): string {
  const { rng } = input
  const [lo, hi] = HEADCOUNT[input.sizeBand]
  const [tlo, thi] = TRAINEES[input.sizeBand]
  const isSmall = input.sizeBand === '1-9' || input.sizeBand === '10-49'
  const founded = rng.int(1890, 1965)
  const fill = (text: string) =>
    text
      .replace('{old}', String(founded))
      .replace('{gen}', String(founded < 1930 ? 4 : 3))
      .replace('{k}', String(rng.int(lo, hi)))
      .replace('{district}', districtPhrase(input.district))
      .replace('{place}', input.place)
      .replace('{year}', String(rng.int(1950, 2015)))
      .replace('{t}', String(rng.int(tlo, thi)))
  const sentences = [`Wir ${input.activity}.`, fill(rng.pick(SIZE_SENTENCES[input.sizeBand])), fill(isSmall && rng.chance(0.5) ? FAMILY_HISTORY : rng.pick(HISTORY))]
  if (input.isTrainingCompany) sentences.push(fill(rng.pick(TRAINING)))
  return `${sentences.join(' ')}\n\n${CLOSING}`
}

/** Follows "im": "Landkreis Goslar" and "Kyffhäuserkreis" stay, a bare "Goslar" gets "Landkreis". */
function districtPhrase(district: string): string {
  return /kreis/i.test(district) ? district : `Landkreis ${district}`
}
