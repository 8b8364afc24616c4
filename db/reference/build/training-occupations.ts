// Derives db/reference-data/training-occupations.csv from de_ausbildungsberufe_ordinances.csv,
// with KldB fields and ESCO links found by name and corrected by db/reference/occupation-mapping.csv.
import { ESCO_URI_PREFIX, type EscoLink, type EscoRow } from './esco'
import type { KldbMatch } from './kldb'
import { neutralOccupationName, slugify } from './occupation-names'

export const TRAINING_COLUMNS = [
  'slug',
  'name',
  'masculine',
  'feminine',
  'duration_months',
  'is_crafts',
  'kldb_code',
  'field_code',
  'isco_group',
  'esco_uris',
] as const

export type TrainingRow = Record<(typeof TRAINING_COLUMNS)[number], string>

/** A reviewed decision for one training occupation; empty fields leave the derived value. */
export interface MappingEntry {
  fieldCode: string
  /** ESCO ids (the last part of the URI); `-` means "no ESCO occupation fits". */
  escoIds: string[]
  escoLabelsEn: string
}

export function parseMapping(records: Record<string, string>[]): Map<string, MappingEntry> {
  const mapping = new Map<string, MappingEntry>()
  for (const record of records) {
    if (mapping.has(record.training_occupation)) throw new Error(`Mapping twice: ${record.training_occupation}`)
    mapping.set(record.training_occupation, {
      fieldCode: record.field_code.trim(),
      escoIds: record.esco_ids.split(/\s+/).filter(Boolean),
      escoLabelsEn: record.esco_labels_en.trim(),
    })
  }
  return mapping
}

export interface TrainingBuild {
  rows: TrainingRow[]
  /** One line per occupation saying where its field and links came from, for review. */
  review: string[]
  /** What occupation-mapping.csv must fix before the output can be written. */
  problems: string[]
}

export function buildTrainingOccupations(
  source: Record<string, string>[],
  matchKldb: (names: string[]) => KldbMatch | undefined,
  matchEsco: (names: string[]) => EscoLink | undefined,
  esco: Map<string, Omit<EscoRow, 'slug'>>,
  fieldCodes: Set<string>,
  mapping: Map<string, MappingEntry>,
): TrainingBuild {
  const problems: string[] = []
  const review: string[] = []
  const unused = new Set(mapping.keys())
  const rows = source.map((row): TrainingRow => {
    const masculine = row.bezeichnung_maennlich
    const feminine = row.bezeichnung_weiblich
    const names = [masculine, feminine].filter(Boolean)
    const reviewed = mapping.get(masculine)
    unused.delete(masculine)

    const kldb = matchKldb(names)
    const fieldCode = reviewed?.fieldCode || kldb?.code.slice(0, 2) || ''
    if (!fieldCodes.has(fieldCode)) problems.push(`${masculine}: no KldB field (add field_code to the mapping)`)

    let uris: string[]
    let how: string
    if (reviewed && reviewed.escoIds.length > 0) {
      uris = reviewed.escoIds[0] === '-' ? [] : reviewed.escoIds.map((id) => ESCO_URI_PREFIX + id)
      how = 'reviewed'
      const labels = uris.map((uri) => esco.get(uri)?.en ?? `unknown ${uri}`).join(' | ')
      if (labels !== reviewed.escoLabelsEn) {
        problems.push(`${masculine}: esco_labels_en should read "${labels}"`)
      }
    } else {
      const link = matchEsco(names)
      uris = link?.uris ?? []
      how = link?.how ?? 'none'
    }
    const name = neutralOccupationName(masculine, feminine || undefined)
    review.push(
      [
        name,
        `field ${fieldCode} (${reviewed?.fieldCode ? 'reviewed' : (kldb?.how ?? 'none')} ${kldb?.code ?? ''})`,
        `esco ${how}: ${uris.map((uri) => `${esco.get(uri)?.en} [${esco.get(uri)?.isco_group}]`).join('; ')}`,
      ].join(' | '),
    )
    return {
      slug: slugify(name),
      name,
      masculine,
      feminine,
      duration_months: row.ausbildungsdauer_monate,
      is_crafts: row.anerkannt_nach_hwo === '1' ? 'true' : 'false',
      kldb_code: kldb?.code.startsWith(fieldCode) ? kldb.code : '',
      field_code: fieldCode,
      isco_group: uris.length > 0 ? (esco.get(uris[0])?.isco_group ?? '') : '',
      esco_uris: uris.join(' '),
    }
  })
  for (const name of unused) problems.push(`${name}: in the mapping but not a training occupation`)
  return { rows, review, problems }
}
