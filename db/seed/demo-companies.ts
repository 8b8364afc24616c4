import type { Place } from '../schema'
import { COMPANY_TYPES, type CompanyType } from './catalog/company-types'
import { DEMO_NAME_SUFFIX, DEMO_SLUG_PREFIX, INVENTED_SURNAMES, slugify } from './catalog/names'
import { companyDescription } from './company-text'
import { buildOrganization, type NewOrganization } from './factories'
import type { Rng } from './random'

/** The six districts of the Harz economic region (AGS district keys). */
export const HARZ_DISTRICTS = ['03153', '03159', '15085', '15087', '16062', '16065'] as const

const GOETTINGEN = '03159'
// Only the former Landkreis Osterode am Harz is Harz; the rest of Göttingen is not.
const GOETTINGEN_HARZ_TOWNS = ['Osterode', 'Herzberg', 'Bad Lauterberg', 'Bad Sachsa', 'Bad Grund', 'Walkenried', 'Hattorf', 'Hörden', 'Wulften', 'Elbingerode']

// Hotels and inns cluster where the visitors go.
const TOURIST_TOWNS = ['Braunlage', 'Wernigerode', 'Thale', 'Bad Harzburg', 'Goslar', 'Clausthal-Zellerfeld', 'Quedlinburg', 'Ilsenburg', 'Oberharz am Brocken', 'Bad Sachsa', 'Bad Lauterberg', 'Südharz', 'Bad Frankenhausen', 'Kelbra', 'Harztor', 'Blankenburg']
// A firm of 250 people is not in a hamlet: the smallest municipality each size band may sit in.
const MIN_POPULATION = { '1-9': 0, '10-49': 0, '50-249': 3_000, '250+': 10_000 } as const

export interface PlannedCompany {
  type: CompanyType
  surname: string
  place: Place
  values: NewOrganization
}

/** The places companies may sit in: populated Harz municipalities, Göttingen only its Harz part. */
export function companyPlaces(places: readonly Place[]): Place[] {
  return places.filter(
    (p) =>
      (HARZ_DISTRICTS as readonly string[]).includes(p.districtCode) &&
      (p.population ?? 0) > 0 &&
      (p.districtCode !== GOETTINGEN || GOETTINGEN_HARZ_TOWNS.some((town) => p.name.startsWith(town))),
  )
}

/** Splits `total` into integer shares proportional to `weights` (largest remainder), each at least `min`. */
export function apportion(weights: readonly number[], total: number, min = 0): number[] {
  const rest = total - min * weights.length
  const sum = weights.reduce((a, b) => a + b, 0) || 1
  const exact = weights.map((w) => (w / sum) * rest)
  const shares = exact.map((x) => Math.floor(x))
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  const missing = rest - shares.reduce((a, b) => a + b, 0)
  for (let k = 0; k < missing; k++) shares[order[k][1]]++
  return shares.map((s) => s + min)
}

/**
 * About 80 companies of the catalogue's types, spread over the six districts by population and,
 * inside a district, over its towns by population (dampened, so villages get a few too).
 */
export function planCompanies(rng: Rng, places: readonly Place[], now: Date): PlannedCompany[] {
  const pool = companyPlaces(places)
  const districts = HARZ_DISTRICTS.filter((code) => pool.some((p) => p.districtCode === code))
  if (districts.length === 0) throw new Error('No Harz places with population: load the reference data first')
  const populations = districts.map((code) => pool.filter((p) => p.districtCode === code).reduce((s, p) => s + (p.population ?? 0), 0))
  const types = rng.shuffle(COMPANY_TYPES.flatMap((type) => Array.from({ length: type.count }, () => type)))
  const slots = rng.shuffle(apportion(populations, types.length, 3).flatMap((n, i) => Array.from({ length: n }, () => districts[i])))
  const surnames = rng.shuffle(INVENTED_SURNAMES)

  return types.map((type, i) => {
    const surname = surnames[i]
    const sizeBand = rng.weighted(Object.entries(type.sizes), ([, w]) => w)[0] as keyof typeof MIN_POPULATION
    const inDistrict = pool.filter((p) => p.districtCode === slots[i])
    const bigEnough = inDistrict.filter((p) => (p.population ?? 0) >= MIN_POPULATION[sizeBand])
    const place = rng.weighted(bigEnough.length > 0 ? bigEnough : inDistrict, (p) => {
      const touristic = type.sector === 'tourism' && TOURIST_TOWNS.some((town) => p.name.startsWith(town))
      return Math.pow(p.population ?? 1, 0.7) * (touristic ? 4 : 1)
    })
    const baseName = rng.pick(type.names).replace('{n}', surname)
    const isTrainingCompany = type.sector === 'crafts' || rng.chance(0.85)
    const createdAt = new Date(now.getTime() - rng.int(100, 900) * 86_400_000)
    const values = buildOrganization({
      name: `${baseName}${DEMO_NAME_SUFFIX}`,
      slug: `${DEMO_SLUG_PREFIX}${slugify(baseName)}`,
      sector: type.sector,
      sizeBand,
      description: companyDescription({
        rng,
        activity: rng.pick(type.activities),
        sizeBand,
        place: place.name,
        district: place.district,
        isTrainingCompany,
      }),
      placeId: place.id,
      website: `https://${slugify(surname)}.example.org`,
      isTrainingCompany,
      isVerified: rng.chance(0.35),
      createdAt,
      updatedAt: createdAt,
    })
    return { type, surname, place, values }
  })
}
