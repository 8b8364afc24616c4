import { and, asc, desc, eq, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { places } from '../../../db/schema'
import { parseWhere } from '../search/place.server'

export interface PlaceChoice {
  id: number
  postalCode: string
  name: string
}

/** How a stored place is written back into a form field; `resolvePlaceInput` reads it back to the same row. */
export const placeLabel = (place: Pick<PlaceChoice, 'postalCode' | 'name'>) => `${place.postalCode} ${place.name}`

/**
 * The gazetteer place an employer typed: "38640 Goslar", "38640" or "Goslar". Stricter than the
 * search box: a name must match whole (no prefixes), and a postal code with a name that is not
 * there ("38640 Berlin") is refused rather than guessed. Among namesakes the Harz place and then
 * the larger one wins, like in search.
 */
export async function resolvePlaceInput(text: string, db: Database = getDb()): Promise<PlaceChoice | null> {
  const parts = parseWhere(text.slice(0, 100))
  if (parts.postalPrefix || (!parts.postalCode && !parts.name)) return null
  const [row] = await db
    .select({ id: places.id, postalCode: places.postalCode, name: places.name })
    .from(places)
    .where(
      and(
        parts.postalCode ? eq(places.postalCode, parts.postalCode) : undefined,
        parts.name ? eq(sql`lower(${places.name})`, parts.name) : undefined,
      ),
    )
    .orderBy(desc(places.isHarz), sql`${places.population} desc nulls last`, asc(places.id))
    .limit(1)
  return row ?? null
}

export async function getPlaceChoice(id: number | null, db: Database = getDb()): Promise<PlaceChoice | null> {
  if (id == null) return null
  const [row] = await db.select({ id: places.id, postalCode: places.postalCode, name: places.name }).from(places).where(eq(places.id, id))
  return row ?? null
}
