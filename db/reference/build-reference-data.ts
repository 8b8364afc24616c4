/**
 * Rebuilds the trimmed reference data in db/reference-data/ from the source files of
 * shared/data (see db/reference-data/README.md for what each output holds).
 *
 *   npx tsx db/reference/build-reference-data.ts [source-dir] [--review]
 *
 * The source directory defaults to ../shared/data beside the repository. `--review` prints how each
 * training occupation got its KldB field and ESCO links, for checking occupation-mapping.csv.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildOccupationFields, createKldbMatcher, FIELD_COLUMNS } from './build/kldb'
import { createEscoMatcher, ESCO_COLUMNS, toEscoRow, type EscoRow } from './build/esco'
import { slugify } from './build/occupation-names'
import { buildPlaces, PLACE_COLUMNS } from './build/places'
import { buildTrainingOccupations, parseMapping, TRAINING_COLUMNS } from './build/training-occupations'
import { parseCsvRecords, toCsv } from './csv'

const args = process.argv.slice(2)
const showReview = args.includes('--review')
const sourceArg = args.find((arg) => !arg.startsWith('--'))
const sourceDir = sourceArg ? `${sourceArg.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../../shared/data/', import.meta.url))
const outputDir = new URL('../reference-data/', import.meta.url)

const read = (file: string) => parseCsvRecords(readFileSync(`${sourceDir}${file}`, 'utf8'))
const write = (file: string, columns: readonly string[], rows: Record<string, unknown>[]) => {
  const text = toCsv(columns, rows)
  writeFileSync(new URL(file, outputDir), text)
  console.log(`${file}: ${rows.length} rows, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`)
}

const places = buildPlaces(read('de_postal_codes_geonames.csv'), read('de_municipalities_destatis_gv.csv'))

const kldb = read('kldb2010_v2020_classification.csv')
const fields = buildOccupationFields(kldb)

const escoRows = read('esco_occupations_multilingual.csv').map(toEscoRow)
const escoByUri = new Map(escoRows.map((row) => [row.uri, row]))

const mapping = parseMapping(parseCsvRecords(readFileSync(new URL('occupation-mapping.csv', import.meta.url), 'utf8')))
const training = buildTrainingOccupations(
  read('de_ausbildungsberufe_ordinances.csv'),
  createKldbMatcher(kldb),
  createEscoMatcher(escoRows),
  escoByUri,
  new Set(fields.filter((field) => field.level === '2').map((field) => field.code)),
  mapping,
)

if (showReview) console.log(training.review.join('\n'))
if (training.problems.length > 0) {
  console.error(`occupation-mapping.csv needs attention:\n${training.problems.join('\n')}`)
  process.exit(1)
}

// Slugs are the key the loader upserts by, so they must be unique across both kinds; a training
// occupation keeps the plain slug when an ESCO occupation has the same German name.
const slugs = new Set<string>()
for (const row of training.rows) {
  if (slugs.has(row.slug)) throw new Error(`Two training occupations share the slug ${row.slug}`)
  slugs.add(row.slug)
}
const esco: EscoRow[] = [...escoRows]
  .sort((a, b) => a.uri.localeCompare(b.uri))
  .map((row) => {
    const base = slugify(row.name)
    let slug = slugs.has(base) ? `${base}-esco` : base
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`
    slugs.add(slug)
    return { ...row, slug }
  })
  .sort((a, b) => a.isco_group.localeCompare(b.isco_group) || a.name.localeCompare(b.name, 'de'))

write('places.csv', PLACE_COLUMNS, places)
write('occupation-fields.csv', FIELD_COLUMNS, fields)
write('training-occupations.csv', TRAINING_COLUMNS, training.rows)
write('esco-occupations.csv', ESCO_COLUMNS, esco)

const linked = training.rows.filter((row) => row.esco_uris).length
console.log(`training occupations linked to ESCO: ${linked} of ${training.rows.length}`)
