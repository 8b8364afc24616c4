import { and, asc, eq, gt, inArray, isNull, like, notInArray, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { applications, counsellingConsents, counsellingNotes, counsellingRecommendations, listings, organizations, places, seekerProfiles, users } from '../schema'
import { DEMO_SLUG_PREFIX } from './catalog/names'

const DAY = 86_400_000
const SEEKER_EMAIL = 'seeker@example.org'
const COUNSELLOR_EMAIL = 'chamber@example.org'

const NOTES = [
  {
    daysAgo: 12,
    text: 'Erstgespräch am Telefon: Sina möchte eine Ausbildung als Elektroniker/in oder Mechatroniker/in, Mittlerer Schulabschluss 2026, Praktikum in einer Elektrowerkstatt. Bewerbungsunterlagen sind vollständig.',
  },
  {
    daysAgo: 3,
    text: 'Zwei Bewerbungen laufen. Besprochen: Vorstellungsgespräch üben und den Weg mit Bus und Bahn zu Betrieben außerhalb von Goslar prüfen.',
  },
]
const RECOMMENDATION_NOTE = 'Der Betrieb passt gut zu Ihrem Praktikum in der Elektrowerkstatt – schauen Sie sich das Angebot an und bewerben Sie sich gern.'

async function idOf(db: Database, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email))
  return row?.id
}

/** An open listing in one of the seeker's wished occupations, nearest to their home, not applied to yet. */
async function pickListing(db: Database, seekerId: string, now: Date) {
  const [profile] = await db
    .select({ wished: seekerProfiles.wishedOccupationIds, lat: places.lat, lng: places.lng })
    .from(seekerProfiles)
    .leftJoin(places, eq(places.id, seekerProfiles.homePlaceId))
    .where(eq(seekerProfiles.userId, seekerId))
  const applied = db.select({ id: applications.listingId }).from(applications).where(eq(applications.seekerId, seekerId))
  const nearest = profile?.lat != null && profile.lng != null ? [sql`abs(${places.lat} - ${profile.lat}) + abs(${places.lng} - ${profile.lng})`] : []
  const [listing] = await db
    .select({ id: listings.id })
    .from(listings)
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(
      and(
        eq(listings.status, 'published'),
        or(isNull(listings.expiresAt), gt(listings.expiresAt, now)),
        profile?.wished.length ? inArray(listings.occupationId, profile.wished) : undefined,
        notInArray(listings.id, applied),
      ),
    )
    .orderBy(...nearest, asc(listings.id))
    .limit(1)
  return listing?.id
}

/**
 * The demo seeker consents to counselling by the first demo chamber (where the demo counsellor
 * works), with two progress notes and one recommended open listing. Idempotent: a seeker who
 * consents already is left as they are.
 */
export async function seedDemoCounselling(db: Database, opts: { now?: Date } = {}): Promise<void> {
  const now = opts.now ?? new Date()
  const seekerId = await idOf(db, SEEKER_EMAIL)
  const [chamber] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.kind, 'chamber'), like(organizations.slug, `${DEMO_SLUG_PREFIX}%`)))
    .orderBy(asc(organizations.slug))
    .limit(1)
  if (!seekerId || !chamber) return
  const [consent] = await db
    .insert(counsellingConsents)
    .values({ seekerId, chamberId: chamber.id, grantedAt: new Date(now.getTime() - 14 * DAY) })
    .onConflictDoNothing()
    .returning({ seekerId: counsellingConsents.seekerId })
  if (!consent) return
  const counsellorId = (await idOf(db, COUNSELLOR_EMAIL)) ?? null
  const scope = { seekerId, chamberId: chamber.id }
  await db.insert(counsellingNotes).values(NOTES.map((n) => ({ ...scope, authorId: counsellorId, text: n.text, createdAt: new Date(now.getTime() - n.daysAgo * DAY) })))
  const listingId = await pickListing(db, seekerId, now)
  if (listingId) {
    await db
      .insert(counsellingRecommendations)
      .values({ ...scope, listingId, counsellorId, note: RECOMMENDATION_NOTE, createdAt: new Date(now.getTime() - 2 * DAY) })
      .onConflictDoNothing()
  }
}
