import { and, asc, count, eq, ilike, inArray, like, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { listings, occupations, organizations, places, type Occupation } from '../schema'
import { COMPANY_TYPES } from './catalog/company-types'
import { DEMO_SLUG_PREFIX } from './catalog/names'
import { HARZ_DISTRICTS, planCompanies } from './demo-companies'
import { mergeTwins, planListings, type OccupationIndex } from './demo-listings'
import { seedListings } from './factories'
import { createRng } from './random'

/** Changing the seed changes every demo company and listing; keep it fixed. */
const DEMO_SEED = 20_260_801
const DEMO_LISTINGS = 800
// Any constant works; it only keeps two processes from seeding at the same moment.
const SEED_LOCK = 0x9a55_6e4a

export interface SeedResult {
  created: boolean
  companies: number
  listings: number
}

/**
 * Seeds ~80 fictional Harz companies with ~800 listings, in one transaction. Idempotent: when
 * demo companies exist already it changes nothing. Needs the reference data (places, occupations).
 */
export async function seedDemo(db: Database, opts: { log?: (message: string) => void; now?: Date } = {}): Promise<SeedResult> {
  const log = opts.log ?? (() => {})
  const now = opts.now ?? new Date()
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`)
    const existing = await countDemo(tx)
    if (existing.companies > 0) {
      log(`Demo data present (${existing.companies} companies, ${existing.listings} listings); nothing to do`)
      return { created: false, ...existing }
    }
    const rng = createRng(DEMO_SEED)
    const harzPlaces = await tx
      .select()
      .from(places)
      .where(inArray(places.districtCode, [...HARZ_DISTRICTS]))
      .orderBy(asc(places.districtCode), asc(places.postalCode), asc(places.name), asc(places.id))
    const planned = planCompanies(rng, harzPlaces, now)
    const inserted = await tx.insert(organizations).values(planned.map((c) => c.values)).returning({ id: organizations.id, slug: organizations.slug })
    const idBySlug = new Map(inserted.map((row) => [row.slug, row.id]))
    const companies = planned.map((c) => ({ ...c, id: idBySlug.get(c.values.slug)! }))

    const rows = mergeTwins(planListings({ rng, companies, occupations: await loadOccupationIndex(tx), places: harzPlaces, now, total: DEMO_LISTINGS }))
    const created = await seedListings(tx, rows)
    log(`Seeded ${companies.length} demo companies and ${created.length} listings`)
    return { created: true, companies: companies.length, listings: created.length }
  })
}

async function countDemo(db: Database): Promise<Omit<SeedResult, 'created'>> {
  const demo = and(like(organizations.slug, `${DEMO_SLUG_PREFIX}%`), eq(organizations.kind, 'company'))
  const [companies] = await db.select({ n: count() }).from(organizations).where(demo)
  const [listingCount] = await db
    .select({ n: count() })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(demo)
  return { companies: companies.n, listings: listingCount.n }
}

/** Finds the catalogue's occupations: training ones by masculine name, ESCO ones by label start. */
export async function loadOccupationIndex(db: Database): Promise<OccupationIndex> {
  const index = new Map<string, Occupation>()
  const training = await db.select().from(occupations).where(eq(occupations.kind, 'training')).orderBy(asc(occupations.id))
  const byName = new Map<string, Occupation>()
  for (const o of training) {
    if (o.nameMasculine && !byName.has(o.nameMasculine)) byName.set(o.nameMasculine, o)
    if (!byName.has(o.name)) byName.set(o.name, o)
  }
  const keys = new Set(COMPANY_TYPES.flatMap((t) => [...t.occupations, ...(t.studies ?? []).map((s) => s.occupation)]))
  for (const key of keys) {
    if (!key.startsWith('esco:')) {
      const found = byName.get(key)
      if (found) index.set(key, found)
      continue
    }
    const [found] = await db
      .select()
      .from(occupations)
      .where(sql`${occupations.kind} = 'esco' and ${ilike(occupations.name, `${key.slice(5)}%`)}`)
      .orderBy(asc(occupations.id))
      .limit(1)
    if (found) index.set(key, found)
  }
  return index
}
