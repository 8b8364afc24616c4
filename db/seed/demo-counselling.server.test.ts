import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/support/database'
import { counsellingConsents, counsellingNotes, counsellingRecommendations, listings, organizations, seekerProfiles } from '../schema'
import { ensureDemoChambers } from './demo-chambers'
import { seedDemoCounselling } from './demo-counselling'
import { DEMO_SEEKER_EMAIL } from './demo-seeker'
import { seedListing, seedOrganization } from './factories'
import { seedUser } from './users'

let t: TestDatabase
let seekerId = ''
let counsellorId = ''
let openListing = 0

beforeAll(async () => {
  t = await createTestDatabase()
  await ensureDemoChambers(t.db)
  const [first] = await t.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, 'Handwerkskammer Harz-Brocken (Demo)'))
  seekerId = (await seedUser(t.db, { email: DEMO_SEEKER_EMAIL, role: 'seeker' })).id
  counsellorId = (await seedUser(t.db, { email: 'chamber@example.org', role: 'chamber', memberOf: { organizationId: first.id, role: 'counsellor' } })).id
  const company = await seedOrganization(t.db)
  await seedListing(t.db, { organizationId: company.id, status: 'closed' })
  const open = await seedListing(t.db, { organizationId: company.id })
  openListing = open.id
  // The seeker wishes the open listing's occupation and lives where it is: the nearest fitting one.
  await t.db.insert(seekerProfiles).values({ userId: seekerId, homePlaceId: open.placeId, wishedOccupationIds: [open.occupationId] })
})

afterAll(async () => {
  await t?.close()
})

describe('seedDemoCounselling', () => {
  it('lets the first demo chamber counsel the demo seeker, with two notes and an open recommendation, once', async () => {
    await seedDemoCounselling(t.db)
    const consents = await t.db
      .select({ chamber: organizations.name })
      .from(counsellingConsents)
      .innerJoin(organizations, eq(organizations.id, counsellingConsents.chamberId))
      .where(eq(counsellingConsents.seekerId, seekerId))
    expect(consents).toEqual([{ chamber: 'Handwerkskammer Harz-Brocken (Demo)' }])
    const notes = await t.db.select().from(counsellingNotes).where(eq(counsellingNotes.seekerId, seekerId))
    expect(notes.map((n) => n.authorId)).toEqual([counsellorId, counsellorId])
    const [recommendation] = await t.db
      .select({ listingId: counsellingRecommendations.listingId, status: listings.status })
      .from(counsellingRecommendations)
      .innerJoin(listings, eq(listings.id, counsellingRecommendations.listingId))
    expect(recommendation).toEqual({ listingId: openListing, status: 'published' })

    await seedDemoCounselling(t.db)
    expect(await t.db.select().from(counsellingNotes)).toHaveLength(2)
    expect(await t.db.select().from(counsellingRecommendations)).toHaveLength(1)
    expect(await t.db.select().from(counsellingConsents)).toHaveLength(1)
  })
})
