import { createHash, randomBytes } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { bookmarks, documents, listings, occupations, places, seekerProfiles, users } from '../schema'
import { makeTinyPdf } from './tiny-pdf'

export const DEMO_SEEKER_EMAIL = 'seeker@example.org'
const WISHED_SLUGS = ['elektroniker-in', 'mechatroniker-in']
const HOME = { postalCode: '38640', name: 'Goslar' }
const BOOKMARK_COUNT = 2

const CV_LINES = [
  'Lebenslauf - Sina Sucher (Demo)',
  '',
  'Wohnort: Goslar',
  'Schule: Mittlerer Schulabschluss, Realschule Goslar (2026)',
  'Praktikum: 3 Wochen Elektrowerkstatt, Goslar',
  'Sprachen: Deutsch (C1), Englisch (B1)',
  'Kenntnisse: Loeten, Grundlagen SPS, Teamarbeit',
]

/** The first 1 August from `now` on: when training years start. */
function nextAugustFirst(now: Date): string {
  const year = now.getUTCMonth() >= 7 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()
  return `${year}-08-01`
}

/**
 * Writes the bytes the way app/modules/uploads stores an upload (a random 32-hex key as the file
 * name, written then renamed), which db/ may not import.
 */
async function storeFile(dir: string, bytes: Uint8Array): Promise<string> {
  const key = randomBytes(16).toString('hex')
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, `${key}.partial`), bytes, { flag: 'wx' })
  await rename(join(dir, `${key}.partial`), join(dir, key))
  return key
}

/**
 * Gives the demo seeker a complete profile (Mittlerer Schulabschluss, German C1, home Goslar, 30 km,
 * Ausbildung as Elektroniker/in or Mechatroniker/in), a CV when `uploadsDir` is given, and two
 * bookmarks. Idempotent: a seeker who has a profile already is left as they are.
 */
export async function seedDemoSeeker(db: Database, opts: { uploadsDir?: string; now?: Date } = {}): Promise<{ created: boolean }> {
  const now = opts.now ?? new Date()
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_SEEKER_EMAIL))
  if (!user) return { created: false }
  const [existing] = await db.select({ id: seekerProfiles.userId }).from(seekerProfiles).where(eq(seekerProfiles.userId, user.id))
  if (existing) return { created: false }

  const [home] = await db
    .select({ id: places.id, lat: places.lat, lng: places.lng })
    .from(places)
    .where(and(eq(places.postalCode, HOME.postalCode), eq(places.name, HOME.name)))
    .orderBy(asc(places.id))
    .limit(1)
  const wished = await db.select({ id: occupations.id, slug: occupations.slug }).from(occupations).where(inArray(occupations.slug, WISHED_SLUGS))
  const wishedIds = WISHED_SLUGS.flatMap((slug) => wished.find((o) => o.slug === slug)?.id ?? [])

  await db.insert(seekerProfiles).values({
    userId: user.id,
    targetGroup: 'school-leaver',
    certificate: 'mittlere-reife',
    germanLevel: 'C1',
    languages: [{ code: 'en', level: 'B1' }],
    skills: ['Löten', 'Grundlagen SPS', 'Teamarbeit'],
    homePlaceId: home?.id ?? null,
    travelKm: 30,
    hasDrivingLicence: true,
    hasCar: false,
    availableFrom: nextAugustFirst(now),
    wishedOccupationIds: wishedIds,
    wishedOfferTypes: ['ausbildung'],
    isFindable: true,
  })

  if (opts.uploadsDir) {
    const bytes = makeTinyPdf(CV_LINES)
    await db.insert(documents).values({
      userId: user.id,
      kind: 'cv',
      originalName: 'Lebenslauf-Sina-Sucher.pdf',
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storageKey: await storeFile(opts.uploadsDir, bytes),
    })
  }

  if (home && wishedIds.length > 0) {
    const open = and(eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, now)))
    const nearest = await db
      .select({ id: listings.id })
      .from(listings)
      .innerJoin(places, eq(places.id, listings.placeId))
      .where(and(open, inArray(listings.occupationId, wishedIds), eq(listings.offerType, 'ausbildung')))
      // Flat-earth distance is enough to pick two nearby places.
      .orderBy(sql`power(${places.lat} - ${home.lat}, 2) + power((${places.lng} - ${home.lng}) * 0.62, 2)`, asc(listings.id))
      .limit(BOOKMARK_COUNT)
    if (nearest.length) await db.insert(bookmarks).values(nearest.map((l) => ({ userId: user.id, listingId: l.id }))).onConflictDoNothing()
  }
  return { created: true }
}
