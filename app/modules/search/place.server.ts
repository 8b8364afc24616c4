import { and, asc, desc, eq, like, or, sql, type SQL } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { places } from '../../../db/schema'
import type { ResolvedPlace } from './search-types'
import { placeColumns } from '../reference/place-columns.server'

export interface PlaceSuggestion {
  /** What goes into the `where` field; resolvePlace() reads it back to the same place. */
  value: string
  /** Postal code, district and state, to tell places of one name apart. */
  label: string
}

const columns = { id: places.id, ...placeColumns }

// Harz places first (the marketplace's region), then the larger town of a shared name.
const preferred = [desc(places.isHarz), sql`${places.population} desc nulls last`]

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** "38640 Goslar", "Goslar (38640)", "Goslar", "38640", "386" → postal code, its prefix and name parts. */
export function parseWhere(where: string): { postalCode?: string; postalPrefix?: string; name?: string } {
  const text = where.trim().replace(/\s+/g, ' ')
  const code = /\b(\d{5})\b/.exec(text)?.[1]
  const name = text.replace(/\b\d{5}\b/, '').replace(/[(),]/g, ' ').replace(/\s+/g, ' ').trim().toLocaleLowerCase('de')
  if (!code && /^\d{1,4}$/.test(name)) return { postalPrefix: name }
  return { ...(code ? { postalCode: code } : {}), ...(name ? { name } : {}) }
}

function nameMatches(name: string): SQL {
  return or(eq(sql`lower(${places.name})`, name), like(sql`lower(${places.name})`, `${escapeLike(name)}%`))!
}

const caches = new WeakMap<Database, Map<string, ResolvedPlace | null>>()
const CACHE_SIZE = 1000

async function findPlace(db: Database, parts: ReturnType<typeof parseWhere>): Promise<ResolvedPlace | null> {
  const filters: SQL[] = []
  if (parts.postalCode) filters.push(eq(places.postalCode, parts.postalCode))
  if (parts.postalPrefix) filters.push(like(places.postalCode, `${parts.postalPrefix}%`))
  if (parts.name) filters.push(nameMatches(parts.name))
  if (filters.length === 0) return null
  const exactFirst = parts.name ? [desc(eq(sql`lower(${places.name})`, parts.name))] : []
  const [row] = await db
    .select(columns)
    .from(places)
    .where(and(...filters))
    .orderBy(...exactFirst, ...preferred, asc(sql`length(${places.name})`), asc(places.id))
    .limit(1)
  return row ?? null
}

/**
 * The place a typed `where` means: a postal code, a name (case-insensitive, exact before prefix) or
 * both. Among equals the Harz place and then the most populous wins: "Goslar", "38640",
 * "Wernigerode", "Nordhausen". A postal code with a name that does not fit falls back to the code.
 */
export async function resolvePlace(where: string, db: Database = getDb()): Promise<ResolvedPlace | null> {
  const key = where.trim().toLocaleLowerCase('de')
  if (!key) return null
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  if (cache.has(key)) return cache.get(key)!
  const parts = parseWhere(key)
  let place = await findPlace(db, parts)
  if (!place && parts.postalCode && parts.name) place = await findPlace(db, { postalCode: parts.postalCode })
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
  cache.set(key, place)
  return place
}

export const PLACE_SUGGESTION_LIMIT = 8

/** Places for the `where` field while typing: by name or postal code prefix, one per name and district. */
export async function suggestPlaces(prefix: string, db: Database = getDb(), limit = PLACE_SUGGESTION_LIMIT): Promise<PlaceSuggestion[]> {
  const text = prefix.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de').slice(0, 60)
  if (text.length < 2) return []
  const isCode = /^\d+$/.test(text)
  const rows = await db
    .select(columns)
    .from(places)
    .where(isCode ? like(places.postalCode, `${text}%`) : like(sql`lower(${places.name})`, `${escapeLike(text)}%`))
    .orderBy(...preferred, asc(places.name), asc(places.postalCode))
    .limit(200)
  const seen = new Set<string>()
  const names = new Set<string>()
  const result: PlaceSuggestion[] = []
  for (const row of rows) {
    const key = isCode ? row.postalCode + row.name : `${row.name}|${row.districtCode}`
    if (seen.has(key)) continue
    seen.add(key)
    // The name alone resolves to its first (preferred) place; a namesake elsewhere needs its code.
    const value = isCode || names.has(row.name) ? `${row.postalCode} ${row.name}` : row.name
    names.add(row.name)
    result.push({ value, label: `${row.postalCode} · ${row.district} · ${row.state}` })
    if (result.length >= limit) break
  }
  return result
}
