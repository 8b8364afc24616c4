/**
 * Loads the shipped reference data (db/reference-data/*.csv, and Passgenau's own occupation names in
 * db/reference/occupation-labels.csv) into places, occupation_fields and occupations. Runs at every start: it compares a hash of the CSV files with the marker left by the
 * last load and does nothing while they match, so only a fresh database or changed data costs time.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../client'
import { queryRows as query } from '../query-rows'
import { parseCsvRecords } from './csv'
import { groupOwnLabels, parseOwnLabels } from './occupation-labels'
import { toEscoOccupationRow, toFieldRow, toPlaceRow, toTrainingOccupationRow, type OccupationRow } from './rows'

const FILES = ['places.csv', 'occupation-fields.csv', 'training-occupations.csv', 'esco-occupations.csv'] as const
const OWN_LABELS_FILE = new URL('./occupation-labels.csv', import.meta.url)
// Part of the version, so a change in how rows are built reloads data whose files did not change.
// 2: labels in Ukrainian and Turkish, own names first.
const LOADER_REVISION = '2'
const MARKER_PREFIX = 'passgenau reference data '
// Any fixed number: it only has to be the same for every process that loads reference data.
const ADVISORY_LOCK = 7_042_001
const CHUNK = 1000

export interface ReferenceDataCounts {
  places: number
  fields: number
  occupations: number
  /** Whether this call wrote the data (false when it was already current). */
  loaded: boolean
}

type Executor = Pick<Database, 'execute'>


async function readMarker(db: Executor): Promise<string | null> {
  const [row] = await query<{ marker: string | null }>(
    db,
    sql`select obj_description('places'::regclass, 'pg_class') as marker`,
  )
  return row?.marker ?? null
}

async function countRows(db: Executor): Promise<Omit<ReferenceDataCounts, 'loaded'>> {
  const [row] = await query<{ places: number; fields: number; occupations: number }>(
    db,
    sql`select (select count(*) from places)::int as places,
               (select count(*) from occupation_fields)::int as fields,
               (select count(*) from occupations)::int as occupations`,
  )
  return row
}

async function inChunks<T>(rows: T[], write: (json: string) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(JSON.stringify(rows.slice(i, i + CHUNK)))
}

// Rows travel as one JSON parameter per chunk: no limit on bind parameters, one plan per statement.
function placesFrom(json: string): SQL {
  return sql`json_to_recordset(${json}::json) as t(postal_code text, name text, district text,
    district_code text, state text, state_code text, lat double precision, lng double precision,
    is_harz boolean, population integer)`
}

const PLACE_COLUMNS = sql`postal_code, name, district, district_code, state, state_code, lat, lng, is_harz, population`

async function insertPlaces(db: Executor, json: string): Promise<void> {
  await db.execute(sql`insert into places (${PLACE_COLUMNS}) select ${PLACE_COLUMNS} from ${placesFrom(json)}`)
}

/**
 * Places have no natural key in the schema, and listings point at their ids: on a reload existing
 * rows are updated in place by postal code and name, new ones inserted, none deleted.
 */
async function mergePlaces(db: Executor, json: string): Promise<void> {
  await db.execute(sql`update places p set district = t.district, district_code = t.district_code,
      state = t.state, state_code = t.state_code, lat = t.lat, lng = t.lng, is_harz = t.is_harz,
      population = t.population
    from ${placesFrom(json)} where p.postal_code = t.postal_code and p.name = t.name`)
  await db.execute(sql`insert into places (${PLACE_COLUMNS}) select ${PLACE_COLUMNS} from ${placesFrom(json)}
    where not exists (select 1 from places p where p.postal_code = t.postal_code and p.name = t.name)`)
}

async function writeFields(db: Executor, json: string): Promise<void> {
  await db.execute(sql`insert into occupation_fields (code, level, parent_code, title)
    select t.code, t.level, t.parent_code, t.title
    from json_to_recordset(${json}::json) as t(code text, level smallint, parent_code text, title text)
    on conflict (code) do update set level = excluded.level, parent_code = excluded.parent_code,
      title = excluded.title`)
}

async function writeOccupations(db: Executor, json: string): Promise<void> {
  await db.execute(sql`insert into occupations (kind, slug, name, name_masculine, name_feminine,
      duration_months, is_crafts, field_code, isco_group, esco_uri, labels)
    select t.kind, t.slug, t.name, t.name_masculine, t.name_feminine, t.duration_months, t.is_crafts,
      t.field_code, t.isco_group, t.esco_uri, t.labels
    from json_to_recordset(${json}::json) as t(kind text, slug text, name text, name_masculine text,
      name_feminine text, duration_months smallint, is_crafts boolean, field_code text, isco_group text,
      esco_uri text, labels jsonb)
    on conflict (slug) do update set kind = excluded.kind, name = excluded.name,
      name_masculine = excluded.name_masculine, name_feminine = excluded.name_feminine,
      duration_months = excluded.duration_months, is_crafts = excluded.is_crafts,
      field_code = excluded.field_code, isco_group = excluded.isco_group, esco_uri = excluded.esco_uri,
      labels = excluded.labels`)
}

interface ReferenceFiles {
  texts: Record<(typeof FILES)[number], string>
  ownLabels: string
  version: string
}

async function readReferenceFiles(): Promise<ReferenceFiles> {
  const [ownLabels, ...contents] = await Promise.all([
    readFile(OWN_LABELS_FILE),
    ...FILES.map((file) => readFile(new URL(`../reference-data/${file}`, import.meta.url))),
  ])
  const hash = createHash('sha256').update(LOADER_REVISION)
  for (const content of contents) hash.update(content)
  hash.update(ownLabels)
  const texts = Object.fromEntries(FILES.map((file, i) => [file, contents[i].toString('utf8')]))
  return { texts: texts as ReferenceFiles['texts'], ownLabels: ownLabels.toString('utf8'), version: hash.digest('hex').slice(0, 16) }
}

/** The occupation rows: training occupations, then ESCO's, each with Passgenau's own names. */
export function buildOccupationRows(texts: Pick<ReferenceFiles['texts'], 'training-occupations.csv' | 'esco-occupations.csv'>, ownLabelsText: string): OccupationRow[] {
  const esco = parseCsvRecords(texts['esco-occupations.csv'])
  const training = parseCsvRecords(texts['training-occupations.csv'])
  const escoByUri = new Map(esco.map((record) => [record.uri, record]))
  const slugs = new Set([...training, ...esco].map((record) => record.slug))
  const own = groupOwnLabels(parseOwnLabels(ownLabelsText), slugs)
  return [
    ...training.map((record) => toTrainingOccupationRow(record, escoByUri, own.get(record.slug))),
    ...esco.map((record) => toEscoOccupationRow(record, own.get(record.slug))),
  ]
}

export async function ensureReferenceData(
  db: Database,
  log: (message: string) => void = () => {},
): Promise<ReferenceDataCounts> {
  const { texts, ownLabels, version } = await readReferenceFiles()
  const marker = `${MARKER_PREFIX}${version}`
  if ((await readMarker(db)) === marker) return { ...(await countRows(db)), loaded: false }

  const started = Date.now()
  const places = parseCsvRecords(texts['places.csv']).map(toPlaceRow)
  const fields = parseCsvRecords(texts['occupation-fields.csv']).map(toFieldRow)
  const occupations = buildOccupationRows(texts, ownLabels)

  const loaded = await db.transaction(async (tx) => {
    // Two processes starting at once (web server and worker) must not both insert the places.
    await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCK}::bigint)`)
    if ((await readMarker(tx)) === marker) return false
    await inChunks(fields, (json) => writeFields(tx, json))
    const [{ fresh }] = await query<{ fresh: boolean }>(tx, sql`select not exists (select 1 from places) as fresh`)
    await inChunks(places, (json) => (fresh ? insertPlaces(tx, json) : mergePlaces(tx, json)))
    await inChunks(occupations, (json) => writeOccupations(tx, json))
    // COMMENT takes no bind parameters; the marker is a fixed prefix and hex digits.
    await tx.execute(sql.raw(`comment on table places is '${marker}'`))
    return true
  })
  const counts = await countRows(db)
  if (loaded) {
    log(
      `reference data ${version} loaded in ${Date.now() - started} ms: ${counts.places} places, ` +
        `${counts.fields} occupation fields, ${counts.occupations} occupations`,
    )
  }
  return { ...counts, loaded }
}
