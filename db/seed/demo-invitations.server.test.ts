import { eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/support/database'
import { invitations, places, seekerProfiles, users } from '../schema'
import { DEMO_CANDIDATES } from './demo-candidates'
import { seedDemoInvitations } from './demo-invitations'
import { DEMO_SEEKER_EMAIL } from './demo-seeker'
import { seedListing, seedOrganization } from './factories'
import { seedUser } from './users'

let t: TestDatabase
let companyId = ''
let seekerId = ''

beforeAll(async () => {
  t = await createTestDatabase()
  companyId = (await seedOrganization(t.db)).id
  await seedUser(t.db, { email: 'employer@example.org', role: 'employer', memberOf: { organizationId: companyId, role: 'owner' } })
  seekerId = (await seedUser(t.db, { email: DEMO_SEEKER_EMAIL, role: 'seeker' })).id
  await t.db.insert(seekerProfiles).values({ userId: seekerId, isFindable: true })
  for (let i = 0; i < 3; i++) await seedListing(t.db, { organizationId: companyId })
})

afterAll(async () => {
  await t?.close()
})

describe('seedDemoInvitations', () => {
  it('creates findable candidates at home in the Harz and invitations from the demo owner’s company, once', async () => {
    expect(await seedDemoInvitations(t.db)).toEqual({ created: 2 })
    const candidates = await t.db
      .select({ email: users.email, isFindable: seekerProfiles.isFindable, isHarz: places.isHarz, wished: seekerProfiles.wishedOccupationIds })
      .from(users)
      .innerJoin(seekerProfiles, eq(seekerProfiles.userId, users.id))
      .innerJoin(places, eq(places.id, seekerProfiles.homePlaceId))
      .where(inArray(users.email, DEMO_CANDIDATES.map((c) => c.email)))
    expect(candidates).toHaveLength(DEMO_CANDIDATES.length)
    for (const c of candidates) expect(c).toMatchObject({ isFindable: true, isHarz: true })
    expect(candidates.every((c) => c.wished.length > 0)).toBe(true)

    const [pending] = await t.db.select().from(invitations).where(eq(invitations.seekerId, seekerId))
    expect(pending).toMatchObject({ organizationId: companyId, status: 'pending' })
    const all = await t.db.select().from(invitations).where(eq(invitations.organizationId, companyId))
    expect(all.map((i) => i.status).sort()).toEqual(['accepted', 'pending'])

    // A second run changes nothing, also after the seeker answered.
    await t.db.update(invitations).set({ status: 'declined', answeredAt: new Date() }).where(eq(invitations.id, pending.id))
    expect(await seedDemoInvitations(t.db)).toEqual({ created: 0 })
    expect(await t.db.select().from(invitations)).toHaveLength(2)
    expect(await t.db.select().from(users).where(inArray(users.email, DEMO_CANDIDATES.map((c) => c.email)))).toHaveLength(DEMO_CANDIDATES.length)
  })
})
