// Derives db/reference-data/places.csv from de_postal_codes_geonames.csv (GeoNames) with
// population from de_municipalities_destatis_gv.csv (Destatis).

export const PLACE_COLUMNS = [
  'postal_code',
  'name',
  'district',
  'district_code',
  'state',
  'state_code',
  'lat',
  'lng',
  'is_harz',
  'population',
] as const

export type PlaceRow = Record<(typeof PLACE_COLUMNS)[number], string>

/**
 * GeoNames writes some places as "<municipality> <locality>" where both are the same town
 * ("Goslar Goslar", "Grünheide (Mark) Grünheide"); such a name means the municipality itself.
 */
export function cleanPlaceName(name: string): string {
  const words = name.split(' ')
  for (let i = 1; i < words.length; i++) {
    const left = words.slice(0, i).join(' ')
    const right = words.slice(i).join(' ')
    if (left === right || left.replace(/\s*\(.*\)$/, '') === right) return left
  }
  return name
}

// Destatis names carry what GeoNames leaves out or spells differently:
// "Blankenburg (Harz)", "Bad Frankenhausen/Kyffhäuser", "Hann. Münden", "Lutherstadt Eisleben".
function municipalityKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s*\(.*?\)/g, '')
    .replace(/\/.*$/, '')
    .replace(/^lutherstadt /, '')
    .replace(/^hann\. /, 'hannoversch ')
    .replace(/ (am|im) harz$/, '')
    .trim()
}

function distanceSquared(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = a.lat - b.lat
  const dLng = (a.lng - b.lng) * Math.cos((a.lat * Math.PI) / 180)
  return dLat * dLat + dLng * dLng
}

interface Municipality {
  name: string
  districtCode: string
  postalCode: string
  population: number
  lat: number
  lng: number
}

/**
 * Gives each municipality's population to one place row: the row of the same name in the same
 * district (the town hall's postal code first, then the nearest), or, for merged municipalities
 * whose name is no place ("Oberharz am Brocken"), the nearest row with the town hall's postal
 * code. One row per municipality, so a town with seven postal codes is not counted seven times.
 */
function assignPopulation(places: (PlaceRow & { key: string })[], municipalities: Municipality[]): void {
  const byDistrict = new Map<string, (PlaceRow & { key: string })[]>()
  for (const place of places) {
    const list = byDistrict.get(place.district_code) ?? []
    list.push(place)
    byDistrict.set(place.district_code, list)
  }
  const taken = new Set<PlaceRow>()
  const give = (m: Municipality, pool: PlaceRow[]) => {
    const samePostalCode = pool.filter((p) => p.postal_code === m.postalCode)
    if (samePostalCode.length > 0) pool = samePostalCode
    const here = { lat: m.lat, lng: m.lng }
    const best = pool.reduce((a, b) =>
      distanceSquared(here, { lat: +a.lat, lng: +a.lng }) <= distanceSquared(here, { lat: +b.lat, lng: +b.lng }) ? a : b,
    )
    best.population = String(m.population)
    taken.add(best)
  }
  const free = (m: Municipality) => (byDistrict.get(m.districtCode) ?? []).filter((p) => !taken.has(p))
  // Larger towns choose first, so a village never takes the row of the town it shares a name with;
  // all names are matched before any postal-code fallback takes a row another municipality names.
  const unmatched: Municipality[] = []
  for (const m of [...municipalities].sort((a, b) => b.population - a.population)) {
    const key = municipalityKey(m.name)
    const candidates = free(m)
    let pool = candidates.filter((p) => p.key === key)
    if (pool.length === 0) pool = candidates.filter((p) => p.postal_code === m.postalCode && p.key.startsWith(`${key} `))
    if (pool.length > 0) give(m, pool)
    else unmatched.push(m)
  }
  for (const m of unmatched) {
    const pool = free(m).filter((p) => p.postal_code === m.postalCode)
    if (pool.length > 0) give(m, pool)
  }
}

export function buildPlaces(
  postalCodes: Record<string, string>[],
  municipalities: Record<string, string>[],
): PlaceRow[] {
  const seen = new Set<string>()
  const places: (PlaceRow & { key: string })[] = []
  for (const row of postalCodes) {
    // Jungholz (87491) is an Austrian village with a German postal code: no German state or district.
    if (!row.state_code || !row.district_code) continue
    const name = cleanPlaceName(row.place_name)
    const id = `${row.postal_code}|${name}`
    if (seen.has(id)) continue
    seen.add(id)
    places.push({
      postal_code: row.postal_code,
      name,
      district: row.district,
      district_code: row.district_code,
      state: row.state,
      state_code: row.state_code,
      lat: row.latitude,
      lng: row.longitude,
      is_harz: row.harz_focus_district === '1' ? 'true' : 'false',
      population: '',
      key: municipalityKey(name),
    })
  }
  assignPopulation(
    places,
    municipalities
      .filter((m) => Number(m.population) > 0 && m.latitude && m.longitude)
      .map((m) => ({
        name: m.name_short || m.name,
        districtCode: m.district_ags,
        postalCode: m.postal_code,
        population: Number(m.population),
        lat: Number(m.latitude),
        lng: Number(m.longitude),
      })),
  )
  return places.map(({ key: _key, ...place }) => place)
}
