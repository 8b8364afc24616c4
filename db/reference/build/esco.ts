// Derives db/reference-data/esco-occupations.csv from esco_occupations_multilingual.csv (ESCO,
// European Commission) and links training occupations to ESCO occupations by German name.
import { matchKey, neutralOccupationName } from './occupation-names'

export const ESCO_URI_PREFIX = 'http://data.europa.eu/esco/occupation/'

export const ESCO_COLUMNS = [
  'uri',
  'slug',
  'name',
  'isco_group',
  'de',
  'de_alt',
  'en',
  'en_alt',
  'ar',
  'fr',
  'fr_alt',
  'es',
  'es_alt',
] as const

export type EscoRow = Record<(typeof ESCO_COLUMNS)[number], string>

/** Alternative labels, " | "-separated in the source, without repeats and without the preferred label. */
export function splitLabels(list: string, preferred = ''): string[] {
  const seen = new Set([preferred])
  return list
    .split('|')
    .map((label) => label.trim())
    .filter((label) => label && !seen.has(label) && seen.add(label))
}

/**
 * ESCO writes German preferred labels as "masculine/feminine"; the slash between the two is the one
 * before a word starting like the first ("Zeichner - Heizungs-/Klima-/Sanitärtechnik/Zeichnerin - …").
 */
export function splitGenderPair(label: string): [string, string] | undefined {
  for (let i = label.indexOf('/'); i > 0; i = label.indexOf('/', i + 1)) {
    const masculine = label.slice(0, i).trim()
    const feminine = label.slice(i + 1).trim()
    if (masculine.length > 2 && feminine.slice(0, 3).toLowerCase() === masculine.slice(0, 3).toLowerCase()) {
      return [masculine, feminine]
    }
  }
  return undefined
}

export function germanDisplayName(preferredLabel: string): string {
  const pair = splitGenderPair(preferredLabel)
  return pair ? neutralOccupationName(pair[0], pair[1]) : preferredLabel
}

export function toEscoRow(source: Record<string, string>): Omit<EscoRow, 'slug'> {
  return {
    uri: source.conceptUri,
    name: germanDisplayName(source.preferredLabel_de),
    isco_group: source.iscoGroup,
    de: source.preferredLabel_de,
    de_alt: splitLabels(source.altLabels_de, source.preferredLabel_de).join(' | '),
    en: source.preferredLabel_en,
    en_alt: splitLabels(source.altLabels_en, source.preferredLabel_en).join(' | '),
    ar: source.preferredLabel_ar,
    fr: source.preferredLabel_fr,
    fr_alt: splitLabels(source.altLabels_fr, source.preferredLabel_fr).join(' | '),
    es: source.preferredLabel_es,
    es_alt: splitLabels(source.altLabels_es, source.preferredLabel_es).join(' | '),
  }
}

export interface EscoLink {
  uris: string[]
  how: 'name' | 'specialisation'
}

/**
 * Links a training occupation to the ESCO occupations that carry its German name as a preferred
 * or alternative label, after normalising spelling (Kfz, gender forms, hyphens); failing that, to
 * those named as its specialisations ("Fachinformatiker der Fachrichtung Systemintegration").
 */
export function createEscoMatcher(rows: Omit<EscoRow, 'slug'>[]): (names: string[]) => EscoLink | undefined {
  const keyed = rows.map((row) => ({
    uri: row.uri,
    keys: new Set([row.de, ...(splitGenderPair(row.de) ?? []), ...splitLabels(row.de_alt)].map(matchKey)),
  }))
  return (names) => {
    const keys = names.map(matchKey).filter(Boolean)
    const exact = keyed.filter((row) => keys.some((key) => row.keys.has(key)))
    if (exact.length > 0) return { uris: exact.map((row) => row.uri), how: 'name' }
    const specialised = keyed.filter((row) =>
      [...row.keys].some((rowKey) => keys.some((key) => rowKey.startsWith(`${key} `))),
    )
    if (specialised.length > 0) return { uris: specialised.map((row) => row.uri), how: 'specialisation' }
    return undefined
  }
}
