import { and, asc, count, eq, gt, inArray, isNull, like, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { chamberMemberships, listingPromotions, listings, organizations, places, searchOutbox, users } from '../schema'
import { DEMO_SLUG_PREFIX } from './catalog/names'

// Any constant works; it only keeps two processes from seeding memberships at the same moment.
const SEED_LOCK = 0x9a55_6e4b
const DAY_MS = 86_400_000
/** How many demo listings chambers feature: some from today, one planned for next week. */
const FEATURED_NOW = 3
const FEATURED_LATER = 1

/** The calendar day in Germany, as YYYY-MM-DD. */
const berlinDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', dateStyle: 'short' }).format(at)
const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS)

/**
 * Every other crafts company (the first demo company aside) becomes a verified member of the
 * Handwerkskammer or of its district's Kreishandwerkerschaft. The first demo company,
 * where employer@example.org is owner, has asked the Handwerkskammer and waits for its answer.
 * A few members' listings are featured. `is_verified` of every demo company then mirrors its
 * memberships. Idempotent: once the demo chambers have any membership, nothing changes.
 */
export async function seedDemoMemberships(db: Database, opts: { now?: Date } = {}): Promise<void> {
  const now = opts.now ?? new Date()
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`)
    const chambers = await tx
      .select({ id: organizations.id, districtCode: places.districtCode })
      .from(organizations)
      .leftJoin(places, eq(places.id, organizations.placeId))
      .where(and(eq(organizations.kind, 'chamber'), like(organizations.slug, `${DEMO_SLUG_PREFIX}%`)))
      .orderBy(asc(organizations.slug))
    if (chambers.length === 0) return
    const [{ n }] = await tx.select({ n: count() }).from(chamberMemberships).where(inArray(chamberMemberships.chamberId, chambers.map((c) => c.id)))
    if (n > 0) return
    const companies = await tx
      .select({ id: organizations.id, sector: organizations.sector, districtCode: places.districtCode })
      .from(organizations)
      .leftJoin(places, eq(places.id, organizations.placeId))
      .where(and(eq(organizations.kind, 'company'), like(organizations.slug, `${DEMO_SLUG_PREFIX}%`)))
      .orderBy(asc(organizations.slug))
    if (companies.length === 0) return
    // The Handwerkskammer first (chamber@example.org works there), then the Kreishandwerkerschaften.
    const [chamber, ...guilds] = chambers
    const [employerCompany, ...others] = companies
    const members = others.filter((c) => c.sector === 'crafts').filter((_, i) => i % 2 === 0)

    const verified = members.map((company, i) => {
      // Every second member is confirmed by the Kreishandwerkerschaft of its district, where there is one.
      const guild = i % 2 === 1 ? guilds.find((g) => g.districtCode === company.districtCode) : undefined
      const verifiedAt = daysAgo(now, 30 + i * 3)
      return {
        chamberId: (guild ?? chamber).id,
        companyId: company.id,
        memberNumber: `${guild ? 'KHS' : 'HWK'}-${String(1001 + i)}`,
        status: 'verified' as const,
        requestedAt: daysAgo(now, 35 + i * 3),
        decidedAt: verifiedAt,
        verifiedAt,
      }
    })
    const [employer] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'employer@example.org'))
    const pending = { chamberId: chamber.id, companyId: employerCompany.id, memberNumber: 'HWK-4711', requestedBy: employer?.id ?? null, requestedAt: daysAgo(now, 2) }
    await tx.insert(chamberMemberships).values([...verified, pending])

    const hasVerified = sql`exists (select 1 from ${chamberMemberships} m where m.company_id = ${organizations.id} and m.status = 'verified')`
    const changed = await tx
      .update(organizations)
      .set({ isVerified: hasVerified })
      .where(and(eq(organizations.kind, 'company'), like(organizations.slug, `${DEMO_SLUG_PREFIX}%`), sql`${organizations.isVerified} is distinct from ${hasVerified}`))
      .returning({ id: organizations.id })
    if (changed.length) await tx.insert(searchOutbox).values(changed.map((c) => ({ entity: 'organization' as const, entityId: c.id })))

    await featureDemoListings(tx, verified, berlinDay(now))
  })
}

/** The newest open listing of the first members, featured by their chamber. */
async function featureDemoListings(tx: Database, members: Array<{ chamberId: string; companyId: string }>, today: string) {
  const picks: Array<{ listingId: number; chamberId: string }> = []
  for (const member of members) {
    if (picks.length === FEATURED_NOW + FEATURED_LATER) break
    const [listing] = await tx
      .select({ id: listings.id })
      .from(listings)
      .where(and(eq(listings.organizationId, member.companyId), eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, sql`now()`))))
      .orderBy(sql`${listings.publishedAt} desc nulls last`, asc(listings.id))
      .limit(1)
    if (listing) picks.push({ listingId: listing.id, chamberId: member.chamberId })
  }
  if (picks.length === 0) return
  await tx.insert(listingPromotions).values(
    picks.map((pick, i) => {
      const startsOn = i < FEATURED_NOW ? today : plusDays(today, 7)
      return { ...pick, startsOn, endsOn: plusDays(startsOn, 20) }
    }),
  )
  const startingToday = picks.slice(0, FEATURED_NOW)
  await tx.insert(searchOutbox).values(startingToday.map((p) => ({ entity: 'listing' as const, entityId: String(p.listingId) })))
}
