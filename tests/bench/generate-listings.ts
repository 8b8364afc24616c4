import { asc, getTableColumns, inArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { listings, organizations, places, type NewListing } from '../../db/schema'
import { HARZ_DISTRICTS, planCompanies } from '../../db/seed/demo-companies'
import { planListings } from '../../db/seed/demo-listings'
import { loadOccupationIndex } from '../../db/seed/demo'
import { createRng } from '../../db/seed/random'

/** Fixed, so every run generates the same listings for the same N. */
const BENCH_SEED = 0xbe4c_5eed
/** The demo has ten listings per company; the benchmark keeps that ratio. */
const LISTINGS_PER_COMPANY = 10
// PostgreSQL takes at most 65,535 parameters per statement; a row binds at most one per column.
const MAX_PARAMETERS = 60_000

export interface Generated {
  companies: number
  listings: number
  published: number
  ms: number
}

/** Collects rows and writes them in multi-row INSERTs as large as the parameter limit allows. */
function rowWriter(db: Database) {
  let pending: NewListing[] = []
  const chunk = Math.floor(MAX_PARAMETERS / Object.keys(getTableColumns(listings)).length)
  return {
    async add(rows: NewListing[]) {
      pending.push(...rows)
      while (pending.length >= chunk) {
        await db.insert(listings).values(pending.slice(0, chunk))
        pending = pending.slice(chunk)
      }
    },
    async flush() {
      if (pending.length > 0) await db.insert(listings).values(pending)
      pending = []
    },
  }
}

/**
 * `total` listings spread like the demo data: the demo's company planner run round after round
 * (same types, district weighting by population, towns, sizes) until there is one company per ten
 * listings, and the demo's listing planner for each round (same occupations, pay, schedule,
 * requirements, lifecycle). No outbox rows: the benchmark builds the index by a full reindex.
 */
export async function generateListings(
  db: Database,
  total: number,
  opts: { now: Date; onProgress?: (done: number, total: number) => void },
): Promise<Generated> {
  const started = performance.now()
  const rng = createRng(BENCH_SEED)
  const harzPlaces = await db
    .select()
    .from(places)
    .where(inArray(places.districtCode, [...HARZ_DISTRICTS]))
    .orderBy(asc(places.districtCode), asc(places.postalCode), asc(places.name), asc(places.id))
  const occupationIndex = await loadOccupationIndex(db)
  const companyTarget = Math.max(1, Math.round(total / LISTINGS_PER_COMPANY))

  const writer = rowWriter(db)
  let companies = 0
  let created = 0
  let published = 0
  for (let round = 0; companies < companyTarget; round++) {
    const planned = planCompanies(rng, harzPlaces, opts.now).slice(0, companyTarget - companies)
    // Each round reuses the catalogue's names; the round number keeps slugs unique.
    for (const company of planned) company.values.slug = `${company.values.slug}-${round}`
    const inserted = await db.insert(organizations).values(planned.map((c) => c.values)).returning({ id: organizations.id, slug: organizations.slug })
    const idBySlug = new Map(inserted.map((row) => [row.slug, row.id]))
    companies += planned.length
    // This round's share of the total, so rounding never drifts from `total`.
    const share = Math.round((total * companies) / companyTarget) - created
    const rows = planListings({
      rng,
      companies: planned.map((c) => ({ ...c, id: idBySlug.get(c.values.slug)! })),
      occupations: occupationIndex,
      places: harzPlaces,
      now: opts.now,
      total: share,
    })
    await writer.add(rows)
    created += rows.length
    published += rows.filter((row) => row.status === 'published').length
    opts.onProgress?.(created, total)
  }
  await writer.flush()
  await db.execute(sql`analyze listings, organizations`)
  return { companies, listings: created, published, ms: Math.round(performance.now() - started) }
}
