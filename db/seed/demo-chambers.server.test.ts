import { asc, eq, like } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/support/database'
import { chamberCampaigns, events, organizations, places } from '../schema'
import { HARZ_DISTRICTS } from './demo-companies'
import { ensureDemoChambers, seedDemoChamberWork } from './demo-chambers'
import { seedOrganization, pickPlace } from './factories'

const NOW = new Date('2026-11-22T10:00:00Z')
let t: TestDatabase

beforeAll(async () => {
  t = await createTestDatabase()
  await seedOrganization(t.db, { slug: 'demo-aaa-tischlerei', name: 'Tischlerei Aaa (Demo)' })
  await seedOrganization(t.db, { slug: 'demo-bbb-baeckerei', name: 'Bäckerei Bbb (Demo)' })
  // A chamber as the first seed left it, and one whose staff has since written their own text.
  await t.db.insert(organizations).values([
    { kind: 'chamber', name: 'Handwerkskammer Harz-Brocken (Demo)', slug: 'demo-hwk-harz-brocken', description: 'Fiktive Kammer für die Demo von Passgenau.' },
    { kind: 'chamber', name: 'Kreishandwerkerschaft Kyffhäuser (Demo)', slug: 'demo-khs-kyffhaeuser', description: 'Unser eigener Text.', placeId: (await pickPlace(t.db, { name: 'Sondershausen' })).id },
  ])
  await ensureDemoChambers(t.db)
  await seedDemoChamberWork(t.db, { now: NOW })
})
afterAll(async () => {
  await t?.close()
})

async function chambers() {
  return t.db
    .select({ slug: organizations.slug, name: organizations.name, description: organizations.description, district: places.districtCode })
    .from(organizations)
    .leftJoin(places, eq(places.id, organizations.placeId))
    .where(eq(organizations.kind, 'chamber'))
    .orderBy(asc(organizations.slug))
}

describe('demo chambers', () => {
  it('has a chamber in every Harz district, the Handwerkskammer first by slug', async () => {
    const rows = await chambers()
    expect(rows[0].name).toBe('Handwerkskammer Harz-Brocken (Demo)')
    expect(new Set(rows.map((c) => c.district))).toEqual(new Set(HARZ_DISTRICTS))
    for (const c of rows) expect(c.name).toMatch(/\(Demo\)$/)
  })

  it('gives the old placeholder a fictional description and keeps text written since', async () => {
    const rows = await chambers()
    expect(rows.find((c) => c.slug === 'demo-hwk-harz-brocken')!.description).toMatch(/## Wer wir sind[\s\S]*erfunden/)
    expect(rows.find((c) => c.slug === 'demo-khs-kyffhaeuser')!.description).toBe('Unser eigener Text.')
  })

  it('runs a current Lehrstellen-Aktion Sommer and upcoming events of every kind at real places', async () => {
    const campaigns = await t.db.select().from(chamberCampaigns).where(eq(chamberCampaigns.title, 'Lehrstellen-Aktion Sommer'))
    expect(campaigns.length).toBeGreaterThan(0)
    for (const c of campaigns) expect(c.startsOn <= '2026-11-22' && c.endsOn >= '2026-11-22').toBe(true)
    const rows = await t.db.select({ event: events, place: places }).from(events).innerJoin(places, eq(places.id, events.placeId))
    const upcoming = rows.filter((r) => r.event.endsAt > NOW)
    expect(new Set(upcoming.map((r) => r.event.kind))).toEqual(new Set(['job_fair', 'open_day', 'info_evening']))
    expect(rows.some((r) => r.event.endsAt < NOW)).toBe(true)
    expect(new Set(upcoming.map((r) => r.place.districtCode))).toEqual(new Set(HARZ_DISTRICTS))
    const wernigerode = rows.find((r) => r.event.title === 'Ausbildungsbörse Handwerk Wernigerode')!
    expect(wernigerode.place).toMatchObject({ postalCode: '38855', name: 'Wernigerode' })
    // 09:00 German time on a winter day.
    expect(wernigerode.event.startsAt.toISOString()).toBe('2026-12-01T08:00:00.000Z')
    const companyEvents = await t.db.select({ id: events.id }).from(events).innerJoin(organizations, eq(organizations.id, events.organizationId)).where(like(organizations.slug, 'demo-aaa%'))
    expect(companyEvents).toHaveLength(1)
  })

  it('changes nothing when run again, even later', async () => {
    const snapshot = async () => ({
      chambers: await chambers(),
      campaigns: await t.db.select().from(chamberCampaigns).orderBy(asc(chamberCampaigns.id)),
      events: await t.db.select().from(events).orderBy(asc(events.id)),
    })
    const before = await snapshot()
    await ensureDemoChambers(t.db)
    await seedDemoChamberWork(t.db, { now: new Date(NOW.getTime() + 3 * 86_400_000) })
    expect(await snapshot()).toEqual(before)
  })
})
