import type { OccupationLabels } from '../../../db/schema/reference'

/** Languages in which every training occupation has a name of its own (db/reference/occupation-labels.csv). */
const NAMED_LANGUAGES = new Set<string>(['uk', 'tr', 'ar'])

export interface OccupationName {
  text: string
  /** The language of `text`, for a `lang` attribute where it differs from the page's. */
  lang: string
}

/**
 * The name of an occupation to show to someone reading `lang`: its own name in Ukrainian, Turkish or
 * Arabic where it has one (the first label of that language), else the German name, which the
 * ordinances make the official one and which German and English pages show. The one place that
 * decides how occupations are named in the interface.
 */
export function occupationLabel(occupation: { name: string; labels?: OccupationLabels | null }, lang: string): OccupationName {
  if (NAMED_LANGUAGES.has(lang)) {
    const own = occupation.labels?.[lang as keyof OccupationLabels]?.[0]?.trim()
    if (own) return { text: own, lang }
  }
  return { text: occupation.name, lang: 'de' }
}
