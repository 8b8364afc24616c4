import { places } from '../../../db/schema'
import type { Database } from '../../../db/client'
import { boundingBox, distanceKm, type LatLng } from '~/utils/geo'
import type { FilterSpec } from './filter-spec'

export type GazetteerPlace = { id: number; lat: number; lng: number; district: string | null; state: string | null }

// The gazetteer is reference data, loaded once per database and never changed while the site runs.
const gazetteers = new WeakMap<Database, Promise<GazetteerPlace[]>>()

/** Every place with its coordinates, district and state: the radius search and the fallback's facets read it. */
export function gazetteer(db: Database): Promise<GazetteerPlace[]> {
  let loaded = gazetteers.get(db)
  if (!loaded) {
    // `.then` turns drizzle's query builder (which runs again on every await) into one settled promise.
    loaded = db
      .select({ id: places.id, lat: places.lat, lng: places.lng, district: places.district, state: places.state })
      .from(places)
      .then((rows) => rows)
    loaded.catch(() => gazetteers.delete(db))
    gazetteers.set(db, loaded)
  }
  return loaded
}

/**
 * The places within `radiusKm` of `center`, by the same great-circle distance Meilisearch's
 * `_geoRadius` uses. Every listing sits on a gazetteer place, so filtering by these ids finds
 * exactly the listings a radius filter would.
 */
export async function placeIdsWithin(db: Database, center: LatLng, radiusKm: number): Promise<number[]> {
  const all = await gazetteer(db)
  // A slightly wider bounding box is a cheap first cut; the great-circle distance decides, as before.
  const box = boundingBox(center, radiusKm * 1.001)
  return all
    .filter((p) => p.lat >= box.minLat && p.lat <= box.maxLat && p.lng >= box.minLng && p.lng <= box.maxLng && distanceKm(center, p) <= radiusKm)
    .map((p) => p.id)
}

/** The spec with its radius given as the places within it, as Meilisearch is asked (filter-spec.ts). */
export async function withPlaceIds(db: Database, spec: FilterSpec): Promise<FilterSpec> {
  if (spec.geo) spec.geo.placeIds = await placeIdsWithin(db, spec.geo, spec.geo.radiusKm)
  return spec
}
