import type { OfferType } from '../../values/listings'

/** The gender-inclusive marker every demo title carries (AGG). */
export const MWD = '(m/w/d)'

// No "zum/zur": half the occupations are feminine nouns ("Fachkraft"), where it reads wrong.
const TITLE_PATTERNS: Record<Exclude<OfferType, 'duales-studium'>, readonly string[]> = {
  ausbildung: ['Ausbildung {name} {mwd} {year}', 'Ausbildung als {name} {mwd}', 'Azubi {name} {mwd} – Start {year}', 'Ausbildungsplatz {name} {mwd} {year}'],
  job: ['{name} {mwd}', '{name} {mwd}', '{name} {mwd} {time}'],
  praktikum: ['Praktikum {name} {mwd}', 'Schnupperpraktikum {name} {mwd}', 'Praktikum als {name} {mwd}'],
  eq: ['Einstiegsqualifizierung (EQ) {name} {mwd}', 'EQ-Praktikum mit Übernahmechance: {name} {mwd}'],
}

const TIME_WORDS: Record<string, string> = {
  vollzeit: 'in Vollzeit',
  teilzeit: 'in Teilzeit',
  schicht: 'im Schichtdienst',
  minijob: 'auf Minijob-Basis',
}

/** A listing title; `variant` picks one of the patterns so titles vary between listings. */
export function listingTitle(input: {
  offerType: OfferType
  name: string
  variant: number
  year?: number
  workingTime?: string
  studyProgramme?: string
}): string {
  if (input.offerType === 'duales-studium') {
    return `Duales Studium ${input.studyProgramme ?? input.name} ${MWD}`
  }
  const patterns = TITLE_PATTERNS[input.offerType]
  let pattern = patterns[input.variant % patterns.length]
  if (input.offerType === 'job' && input.workingTime && input.workingTime !== 'vollzeit') pattern = '{name} {mwd} {time}'
  return pattern
    .replace('{name}', input.name)
    .replace('{mwd}', MWD)
    .replace(input.year ? '{year}' : / (– Start )?\{year\}/, input.year ? String(input.year) : '')
    .replace('{time}', TIME_WORDS[input.workingTime ?? 'vollzeit'])
    .trim()
}
