/*
 * Factories of tests and the demo seed: `buildX()` returns plain data, `seedX()` inserts it.
 * `createX` stays free for the app's use cases (`createListing` publishes through the listing rules).
 */
import { randomBytes } from 'node:crypto'
import { and, asc, desc, eq, ilike, isNotNull, or } from 'drizzle-orm'
import type { Database } from '../client'
import {
  listings,
  occupations,
  organizations,
  places,
  searchOutbox,
  type Listing,
  type NewListing,
  type Occupation,
  type Organization,
  type Place,
} from '../schema'
import { nextTrainingStart, toDateString } from './listing-schedule'
import { listingPay } from './pay'
import { createRng, type Rng } from './random'
import { listingTitle } from './titles'

export type NewOrganization = typeof organizations.$inferInsert
type ListingRefs = 'organizationId' | 'occupationId' | 'placeId'
/** A listing without its references; `seedListing` fills in what is missing. */
export type ListingDraft = Omit<NewListing, ListingRefs> & Partial<Pick<NewListing, ListingRefs>>

const DAY = 24 * 60 * 60 * 1000
// Unique per process so test files sharing one PostgreSQL server never collide on slugs.
const RUN = randomBytes(3).toString('hex')
let sequence = 0
const defaultRng = createRng(0x5eed)

export function buildOrganization(overrides: Partial<NewOrganization> = {}): NewOrganization {
  const n = ++sequence
  return {
    kind: 'company',
    name: `Testbetrieb ${n} GmbH`,
    slug: `testbetrieb-${RUN}-${n}`,
    sector: 'crafts',
    sizeBand: '10-49',
    description: 'Ein Handwerksbetrieb im Harz, der ausbildet.',
    website: `https://testbetrieb-${n}.example.org`,
    isTrainingCompany: true,
    isVerified: false,
    ...overrides,
  }
}

/** Inserts an organization; without `placeId` it sits in the largest Harz town. */
export async function seedOrganization(db: Database, overrides: Partial<NewOrganization> = {}): Promise<Organization> {
  const values = buildOrganization(overrides)
  if (!('placeId' in overrides)) values.placeId = (await pickPlace(db)).id
  const [row] = await db.insert(organizations).values(values).returning()
  return row
}

/** A valid, published listing; pay fits the offer type unless given. */
export function buildListing(overrides: Partial<NewListing> = {}): ListingDraft {
  const now = new Date()
  const offerType = overrides.offerType ?? 'ausbildung'
  const workingTime = overrides.workingTime ?? 'vollzeit'
  const start = offerType === 'ausbildung' || offerType === 'duales-studium' ? nextTrainingStart(now) : new Date(now.getTime() + 14 * DAY)
  const hasPay = overrides.payMin != null || overrides.trainingAllowances != null
  const pay = hasPay ? {} : listingPay({ rng: defaultRng, offerType, sector: 'metal_electrical', workingTime, durationMonths: 42 })
  return {
    offerType,
    title: listingTitle({ offerType, name: 'Mechatroniker/in', variant: 0, year: start.getUTCFullYear(), workingTime }),
    description: '## Das erwartet dich\n\n- Anlagen montieren und in Betrieb nehmen\n\n## Das bringst du mit\n\n- Freude an Technik',
    workingTime,
    startDate: toDateString(start),
    placesCount: 1,
    ...pay,
    minCertificate: 'hauptschule',
    minGerman: 'B1',
    benefits: [],
    status: 'published',
    publishedAt: now,
    expiresAt: new Date(now.getTime() + 60 * DAY),
    ...overrides,
  }
}

/**
 * Inserts a listing and its `search_outbox` row in one transaction. Missing references are filled
 * in: a new organization, the Mechatroniker occupation (or any training occupation), the
 * organization's place.
 */
export async function seedListing(db: Database, overrides: Partial<NewListing> = {}): Promise<Listing> {
  const draft = buildListing(overrides)
  const organizationId = draft.organizationId ?? (await seedOrganization(db)).id
  const occupationId = draft.occupationId ?? (await pickOccupation(db, { name: 'Mechatroniker' })).id
  const placeId = draft.placeId ?? (await placeOfOrganization(db, organizationId)) ?? (await pickPlace(db)).id
  const [row] = await seedListings(db, [{ ...draft, organizationId, occupationId, placeId }])
  return row
}

async function placeOfOrganization(db: Database, organizationId: string): Promise<number | null> {
  const [row] = await db.select({ placeId: organizations.placeId }).from(organizations).where(eq(organizations.id, organizationId))
  return row?.placeId ?? null
}

// ~30 parameters per row; 250 rows stay far below PostgreSQL's 65,535-parameter limit.
const CHUNK = 250

/**
 * Inserts listings with one outbox row each, all in one transaction. Every listing gets a row,
 * not just published ones: the sync deletes documents of unpublished listings, so the outbox
 * stays the single way search learns about a change.
 */
export async function seedListings(db: Database, rows: NewListing[]): Promise<Listing[]> {
  return db.transaction(async (tx) => {
    const inserted: Listing[] = []
    for (let i = 0; i < rows.length; i += CHUNK) {
      const batch = await tx.insert(listings).values(rows.slice(i, i + CHUNK)).returning()
      await tx.insert(searchOutbox).values(batch.map((l) => ({ entity: 'listing' as const, entityId: String(l.id) })))
      inserted.push(...batch)
    }
    return inserted
  })
}

/**
 * A Harz place: by name or district when asked, else weighted by population with `rng`,
 * else the most populous one (deterministic for tests that don't care).
 */
export async function pickPlace(db: Database, opts: { name?: string; districtCode?: string; rng?: Rng } = {}): Promise<Place> {
  const filters = [eq(places.isHarz, true)]
  if (opts.districtCode) filters.push(eq(places.districtCode, opts.districtCode))
  if (opts.name) filters.push(ilike(places.name, `${opts.name}%`))
  const rows = await db
    .select()
    .from(places)
    .where(and(...filters))
    .orderBy(desc(isNotNull(places.population)), desc(places.population), asc(places.id))
  if (rows.length === 0) throw new Error('No Harz place found: load the reference data first (db/reference/load.ts)')
  return opts.rng ? opts.rng.weighted(rows, (p) => p.population ?? 1) : rows[0]
}

/** A training occupation by its masculine or full name (exact first, then prefix), or any with `rng`. */
export async function pickOccupation(
  db: Database,
  opts: { name?: string; kind?: Occupation['kind']; rng?: Rng } = {},
): Promise<Occupation> {
  const kind = eq(occupations.kind, opts.kind ?? 'training')
  const rows = opts.name
    ? await db
        .select()
        .from(occupations)
        .where(and(kind, or(ilike(occupations.nameMasculine, `${opts.name}%`), ilike(occupations.name, `${opts.name}%`))))
        .orderBy(asc(occupations.id))
    : await db.select().from(occupations).where(kind).orderBy(asc(occupations.id))
  const exact = rows.find((o) => o.nameMasculine === opts.name || o.name === opts.name)
  const found = exact ?? (opts.rng && rows.length ? opts.rng.pick(rows) : rows[0])
  if (found) return found
  if (opts.name) return pickOccupation(db, { kind: opts.kind, rng: opts.rng })
  throw new Error('No occupation found: load the reference data first (db/reference/load.ts)')
}
