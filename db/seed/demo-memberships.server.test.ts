import { and, asc, eq, like, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/support/database'
import { queryRows } from '../query-rows'
import { chamberMemberships, listingPromotions, organizations, searchOutbox } from '../schema'
import { DEMO_SLUG_PREFIX } from './catalog/names'
import { seedDemo } from './demo'
import { ensureDemoChambers } from './demo-chambers'
import { seedDemoMemberships } from './demo-memberships'
import { seedUser } from './users'

let t: TestDatabase
const demo = (kind: 'company' | 'chamber') => and(eq(organizations.kind, kind), like(organizations.slug, `${DEMO_SLUG_PREFIX}%`))

beforeAll(async () => {
  t = await createTestDatabase()
  await seedDemo(t.db)
  await ensureDemoChambers(t.db)
  const [first] = await t.db.select({ id: organizations.id }).from(organizations).where(demo('company')).orderBy(asc(organizations.slug)).limit(1)
  await seedUser(t.db, { email: 'employer@example.org', role: 'employer', memberOf: { organizationId: first.id, role: 'owner' } })
  await seedDemoMemberships(t.db)
})
afterAll(async () => {
  await t?.close()
})

const snapshot = async () => ({
  memberships: await t.db.select().from(chamberMemberships).orderBy(asc(chamberMemberships.id)),
  promotions: await t.db.select().from(listingPromotions).orderBy(asc(listingPromotions.id)),
  verified: await t.db.select({ id: organizations.id, v: organizations.isVerified }).from(organizations).orderBy(asc(organizations.id)),
  outbox: (await t.db.select({ n: sql<number>`count(*)::int` }).from(searchOutbox))[0].n,
})

describe('demo memberships', () => {
  it('makes about half of the crafts companies verified members of a demo chamber', async () => {
    const crafts = await t.db.select({ id: organizations.id }).from(organizations).where(and(demo('company'), eq(organizations.sector, 'crafts')))
    const verified = await t.db.select().from(chamberMemberships).where(eq(chamberMemberships.status, 'verified'))
    expect(verified.length).toBeGreaterThanOrEqual(Math.floor((crafts.length - 1) / 2))
    expect(verified.length).toBeLessThanOrEqual(Math.ceil(crafts.length / 2))
    const chambers = await t.db.select({ id: organizations.id, slug: organizations.slug }).from(organizations).where(demo('chamber')).orderBy(asc(organizations.slug))
    const used = new Set(verified.map((m) => m.chamberId))
    expect(used.has(chambers[0].id)).toBe(true)
    expect(chambers.filter((c) => used.has(c.id)).some((c) => c.slug.includes('khs-'))).toBe(true)
    expect([...used].every((id) => chambers.some((c) => c.id === id))).toBe(true)
  })

  it("leaves the demo employer's company with a request the first chamber has to answer", async () => {
    const [first] = await t.db.select({ id: organizations.id, v: organizations.isVerified }).from(organizations).where(demo('company')).orderBy(asc(organizations.slug)).limit(1)
    const [chamber] = await t.db.select({ id: organizations.id }).from(organizations).where(demo('chamber')).orderBy(asc(organizations.slug)).limit(1)
    const rows = await t.db.select().from(chamberMemberships).where(eq(chamberMemberships.companyId, first.id))
    expect(rows).toEqual([expect.objectContaining({ chamberId: chamber.id, status: 'requested' })])
    expect(first.v).toBe(false)
  })

  it('sets is_verified of every company to "has a verified membership"', async () => {
    const [row] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from organizations o where o.kind = 'company'
      and o.is_verified <> exists (select 1 from chamber_memberships m where m.company_id = o.id and m.status = 'verified')`)
    expect(Number(row.n)).toBe(0)
  })

  it('features a few members’ listings, some from today', async () => {
    const promotions = await t.db.select().from(listingPromotions)
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', dateStyle: 'short' }).format(new Date())
    expect(promotions.length).toBeGreaterThanOrEqual(2)
    expect(promotions.filter((p) => p.startsOn <= today && p.endsOn >= today).length).toBeGreaterThanOrEqual(1)
    expect(promotions.some((p) => p.startsOn > today)).toBe(true)
  })

  it('changes nothing when run again', async () => {
    const before = await snapshot()
    await seedDemoMemberships(t.db)
    expect(await snapshot()).toEqual(before)
  })
})
