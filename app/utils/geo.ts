export interface LatLng {
  lat: number
  lng: number
}

/**
 * Mean Earth radius in km. Meilisearch's `_geoRadius` measures with the haversine formula on a
 * sphere; the same formula here and in the Postgres fallback keeps all three in agreement.
 */
export const EARTH_RADIUS_KM = 6371

const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180

const toRadians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance in km (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat)
  const dLng = toRadians(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * The smallest lat/lng box holding every point within `radiusKm` of `center`: a cheap, indexable
 * prefilter before the exact distance. The longitude span widens with latitude (meridians converge).
 */
export function boundingBox(center: LatLng, radiusKm: number): { minLat: number; maxLat: number; minLng: number; maxLng: number } {
  const dLat = radiusKm / KM_PER_DEGREE
  const dLng = radiusKm / (KM_PER_DEGREE * Math.max(Math.cos(toRadians(Math.abs(center.lat) + dLat)), 1e-6))
  return { minLat: center.lat - dLat, maxLat: center.lat + dLat, minLng: center.lng - dLng, maxLng: center.lng + dLng }
}

/** Distances as people read them: one decimal below 10 km, whole km above. */
export function roundDistanceKm(km: number): number {
  return km < 10 ? Math.round(km * 10) / 10 : Math.round(km)
}
