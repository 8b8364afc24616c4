import { asc, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/support/database'
import { listingViewDays } from '../schema'
import { seedDemoViews } from './demo-views'
import { seedListing, seedOrganization } from './factories'

const DAY = 86_400_000
const now = new Date('2026-05-20T12:00:00Z')
const ago = (days: number) => new Date(now.getTime() - days * DAY)

let t: TestDatabase
let ids: { fresh: number; older: number; closed: number; draft: number; notDemo: number }

const allViews = () =>
  t.db
    .select({ listingId: listingViewDays.listingId, day: listingViewDays.day, views: listingViewDays.views })
    .from(listingViewDays)
    .orderBy(asc(listingViewDays.listingId), asc(listingViewDays.day))

beforeAll(async () => {
  t = await createTestDatabase()
  const demo = await seedOrganization(t.db, { name: 'Harzer Werkstatt (Demo)', slug: 'demo-harzer-werkstatt' })
  const real = await seedOrganization(t.db, { name: 'Echte Firma GmbH', slug: 'echte-firma' })
  const organizationId = demo.id
  ids = {
    fresh: (await seedListing(t.db, { organizationId, publishedAt: ago(3), expiresAt: ago(-57) })).id,
    older: (await seedListing(t.db, { organizationId, publishedAt: ago(40), expiresAt: ago(-20) })).id,
    closed: (await seedListing(t.db, { organizationId, status: 'closed', closedReason: 'filled', publishedAt: ago(30), updatedAt: ago(10) })).id,
    draft: (await seedListing(t.db, { organizationId, status: 'draft', publishedAt: null, expiresAt: null })).id,
    notDemo: (await seedListing(t.db, { organizationId: real.id, publishedAt: ago(20) })).id,
  }
})
afterAll(async () => {
  await t?.close()
})

describe('seedDemoViews', () => {
  it('gives the demo listings views on the days they were online, within the last eight weeks', async () => {
    const result = await seedDemoViews(t.db, { now })
    const rows = await allViews()
    expect(result.created).toBe(rows.length)
    const days = (id: number) => rows.filter((r) => r.listingId === id).map((r) => r.day)
    expect(days(ids.fresh).length).toBeGreaterThan(0)
    expect(days(ids.fresh).every((d) => d >= '2026-05-17' && d <= '2026-05-20')).toBe(true)
    expect(days(ids.older).length).toBeGreaterThan(20)
    expect(days(ids.older).every((d) => d >= '2026-04-10' && d <= '2026-05-20')).toBe(true)
    expect(days(ids.closed).every((d) => d >= '2026-04-20' && d <= '2026-05-10')).toBe(true)
    expect(days(ids.draft)).toEqual([])
    expect(days(ids.notDemo)).toEqual([])
    expect(rows.every((r) => r.views > 0)).toBe(true)
  })

  it('changes nothing when run again', async () => {
    const before = await allViews()
    expect(await seedDemoViews(t.db, { now: new Date(now.getTime() + 3 * DAY) })).toEqual({ created: 0 })
    expect(await allViews()).toEqual(before)
  })

  it('makes the same views every time for the same listings and day', async () => {
    const before = await allViews()
    await t.db.delete(listingViewDays).where(inArray(listingViewDays.listingId, Object.values(ids)))
    expect(await t.db.select().from(listingViewDays).where(eq(listingViewDays.listingId, ids.older))).toEqual([])
    await seedDemoViews(t.db, { now })
    expect(await allViews()).toEqual(before)
  })
})
