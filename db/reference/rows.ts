// Turns the records of db/reference-data/*.csv into rows for the reference tables.
import type { OccupationLabels } from '../schema/reference'
import type { OwnLabelLanguage } from './occupation-labels'

type Csv = Record<string, string>

export const LANGUAGES = ['de', 'en', 'ar', 'uk', 'tr', 'fr', 'es'] as const
export type Language = (typeof LANGUAGES)[number]

export interface PlaceRow {
  postal_code: string
  name: string
  district: string
  district_code: string
  state: string
  state_code: string
  lat: number
  lng: number
  is_harz: boolean
  population: number | null
}

export interface FieldRow {
  code: string
  level: number
  parent_code: string | null
  title: string
}

export interface OccupationRow {
  kind: 'training' | 'esco'
  slug: string
  name: string
  name_masculine: string | null
  name_feminine: string | null
  duration_months: number | null
  is_crafts: boolean
  field_code: string | null
  isco_group: string | null
  esco_uri: string | null
  labels: Required<OccupationLabels>
}

const orNull = (value: string) => (value === '' ? null : value)

export function toPlaceRow(r: Csv): PlaceRow {
  return {
    postal_code: r.postal_code,
    name: r.name,
    district: r.district,
    district_code: r.district_code,
    state: r.state,
    state_code: r.state_code,
    lat: Number(r.lat),
    lng: Number(r.lng),
    is_harz: r.is_harz === 'true',
    population: r.population ? Number(r.population) : null,
  }
}

export function toFieldRow(r: Csv): FieldRow {
  return { code: r.code, level: Number(r.level), parent_code: orNull(r.parent_code), title: r.title }
}

const splitList = (list: string) => list.split(' | ').filter(Boolean)

// Arabic preferred labels name both genders as "مدير / مديرة"; each half is a label of its own.
const withGenderHalves = (label: string) => (label.includes(' / ') ? [label, ...label.split(' / ')] : [label])

/** Preferred labels, then alternative ones, per language; the first label is the one to show. */
function escoLabels(r: Csv): { preferred: Record<Language, string[]>; alternative: Record<Language, string[]> } {
  return {
    preferred: {
      de: [r.de],
      en: [r.en],
      ar: r.ar ? withGenderHalves(r.ar) : [],
      uk: [],
      tr: [],
      fr: r.fr ? [r.fr] : [],
      es: r.es ? [r.es] : [],
    },
    alternative: {
      de: splitList(r.de_alt),
      en: splitList(r.en_alt),
      ar: [],
      uk: [],
      tr: [],
      fr: splitList(r.fr_alt),
      es: splitList(r.es_alt),
    },
  }
}

function mergeLabels(parts: Partial<Record<Language, string[]>>[]): Required<OccupationLabels> {
  const labels = {} as Required<OccupationLabels>
  for (const language of LANGUAGES) {
    const merged = parts.flatMap((part) => part[language] ?? []).map((label) => label.trim())
    labels[language] = [...new Set(merged.filter(Boolean))]
  }
  return labels
}

/** Passgenau's own names of one occupation (occupation-labels.csv), each gender pair also as its halves. */
export type OwnNames = Partial<Record<OwnLabelLanguage, string[]>>

function ownLabels(own: OwnNames | undefined): Partial<Record<Language, string[]>> {
  const labels: Partial<Record<Language, string[]>> = {}
  for (const [lang, list] of Object.entries(own ?? {}) as Array<[OwnLabelLanguage, string[]]>) labels[lang] = list.flatMap(withGenderHalves)
  return labels
}

/** An ESCO occupation's labels; Passgenau's own names come first, ahead of ESCO's in the same language. */
export function toEscoOccupationRow(r: Csv, own?: OwnNames): OccupationRow {
  const { preferred, alternative } = escoLabels(r)
  return {
    kind: 'esco',
    slug: r.slug,
    name: r.name,
    name_masculine: null,
    name_feminine: null,
    duration_months: null,
    is_crafts: false,
    field_code: null,
    isco_group: orNull(r.isco_group),
    esco_uri: r.uri,
    labels: mergeLabels([ownLabels(own), preferred, alternative]),
  }
}

/**
 * A training occupation carries its own German names plus every label of the ESCO occupations it
 * is linked to, so that "electrician" or "كهربائي" finds an Elektroniker/in. Its own names in other
 * languages (occupation-labels.csv) come first: the first label of a language is the one to show.
 */
export function toTrainingOccupationRow(r: Csv, escoByUri: Map<string, Csv>, own?: OwnNames): OccupationRow {
  const linked = r.esco_uris
    .split(' ')
    .filter(Boolean)
    .map((uri) => {
      const esco = escoByUri.get(uri)
      if (!esco) throw new Error(`${r.slug} links to an ESCO occupation not in esco-occupations.csv: ${uri}`)
      return escoLabels(esco)
    })
  return {
    kind: 'training',
    slug: r.slug,
    name: r.name,
    name_masculine: orNull(r.masculine),
    name_feminine: orNull(r.feminine),
    duration_months: Number(r.duration_months),
    is_crafts: r.is_crafts === 'true',
    field_code: orNull(r.field_code),
    isco_group: orNull(r.isco_group),
    esco_uri: orNull(r.esco_uris.split(' ')[0]),
    labels: mergeLabels([
      { de: [r.name, r.masculine, r.feminine] },
      ownLabels(own),
      ...linked.map((l) => l.preferred),
      ...linked.map((l) => l.alternative),
    ]),
  }
}
