import { getDb, type Database } from '../../../../db/client'
import { occupations, places } from '../../../../db/schema'
import { buildOccupationLexicon, buildPlaceLexicon } from './lexicon'
import { understandQuery, type Lexicons, type UnderstoodQuery } from './understand'

// Occupations and places are reference data: loaded at start, unchanged while the process runs.
const lexicons = new WeakMap<Database, Promise<Lexicons>>()

async function loadLexicons(db: Database): Promise<Lexicons> {
  const [occupationRows, placeRows] = await Promise.all([
    db
      .select({ id: occupations.id, kind: occupations.kind, name: occupations.name, nameMasculine: occupations.nameMasculine, nameFeminine: occupations.nameFeminine, labels: occupations.labels, fieldCode: occupations.fieldCode, iscoGroup: occupations.iscoGroup })
      .from(occupations),
    db.select({ name: places.name, postalCode: places.postalCode, population: places.population, isHarz: places.isHarz }).from(places),
  ])
  return { occupations: buildOccupationLexicon(occupationRows), places: buildPlaceLexicon(placeRows) }
}

export function getLexicons(db: Database = getDb()): Promise<Lexicons> {
  let pending = lexicons.get(db)
  if (!pending) {
    pending = loadLexicons(db)
    lexicons.set(db, pending)
    // A failed load (database not ready) is tried again on the next search, not cached.
    pending.catch(() => lexicons.delete(db))
  }
  return pending
}

const understood = new WeakMap<Lexicons, Map<string, UnderstoodQuery>>()
const KEPT = 2_000

/** understandQuery with the database's lexicons; the same text is read once. */
export async function understandSearchText(text: string, db: Database = getDb()): Promise<UnderstoodQuery> {
  const lexicon = await getLexicons(db)
  let cache = understood.get(lexicon)
  if (!cache) understood.set(lexicon, (cache = new Map()))
  let result = cache.get(text)
  if (!result) {
    result = understandQuery(text, lexicon)
    if (cache.size >= KEPT) cache.delete(cache.keys().next().value!)
    cache.set(text, result)
  }
  return result
}
