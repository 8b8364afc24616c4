import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { listings, places, seekerProfiles, users, type NewSeekerProfile } from '../../db/schema'
import { HARZ_DISTRICTS } from '../../db/seed/demo-companies'
import { createRng } from '../../db/seed/random'
import { buildUser } from '../../db/seed/users'
import { GERMAN_LEVELS, OFFER_TYPES } from '../../values/listings'

/** Fixed, so every run generates the same profiles. */
const PROFILE_SEED = 0x5ee4_e125
const RADII_KM = [10, 15, 20, 25, 30, 40, 50, 75]
const CERTIFICATES = ['none', 'hauptschule', 'mittlere-reife', 'mittlere-reife', 'fachhochschulreife', 'abitur', 'foreign'] as const

/**
 * `count` seekers with profiles spread like the people the issue names: homes across the Harz
 * (weighted by population), 10–75 km radius, German from A2 to C2, one to three wished
 * occupations among those the listings offer, sometimes offer types; one in twenty without a home.
 */
export async function generateProfiles(db: Database, count: number): Promise<string[]> {
  const rng = createRng(PROFILE_SEED)
  const homes = await db.select({ id: places.id, population: places.population }).from(places).where(inArray(places.districtCode, [...HARZ_DISTRICTS]))
  const offered = await db
    .select({ id: listings.occupationId, n: sql<number>`count(*)::int` })
    .from(listings)
    .where(and(eq(listings.status, 'published'), isNotNull(listings.occupationId)))
    .groupBy(listings.occupationId)
  const rows = Array.from({ length: count }, () => buildUser({ role: 'seeker' }))
  // No argon2 here: these accounts never sign in, and 200 hashes would only slow the setup.
  const inserted = await db
    .insert(users)
    .values(rows.map((row) => ({ ...row, passwordHash: 'bench-no-login' })))
    .returning({ id: users.id })
  const profiles: NewSeekerProfile[] = inserted.map(({ id }) => {
    const hasHome = !rng.chance(0.05)
    const usesPublicTransportOnly = rng.chance(0.3)
    return {
      userId: id,
      targetGroup: rng.pick(['school-leaver', 'newly-arrived', 'skilled-worker', 'career-changer'] as const),
      certificate: rng.pick(CERTIFICATES),
      germanLevel: rng.pick(GERMAN_LEVELS.slice(2)),
      homePlaceId: hasHome ? rng.weighted(homes, (p) => p.population ?? 1).id : null,
      travelKm: rng.pick(RADII_KM),
      hasDrivingLicence: !usesPublicTransportOnly && rng.chance(0.7),
      hasCar: !usesPublicTransportOnly && rng.chance(0.5),
      usesPublicTransportOnly,
      wishedOccupationIds: [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.weighted(offered, (o) => o.n).id))],
      wishedOfferTypes: rng.chance(0.6) ? rng.sample([...OFFER_TYPES], rng.int(1, 2)) : [],
    }
  })
  await db.insert(seekerProfiles).values(profiles)
  return inserted.map((row) => row.id)
}
