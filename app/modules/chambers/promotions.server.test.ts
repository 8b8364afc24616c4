import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { chamberMemberships, listingPromotions, searchOutbox } from '../../../db/schema'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { addDays, berlinToday } from '~/utils/calendar-date'
import { getFeaturedListings } from '../listings/home.server'
import { createOutboxStore } from '../search/outbox-store.server'
import { PromotionForm } from './membership.schema'
import { addMember, decideMembership, requestMembership } from './memberships.server'
import { syncPromotionBoundaries } from './promotion-sync.server'
import { endPromotion, featureListing, listChamberPromotions, listPromotionCandidates } from './promotions.server'

const ctx = setupAppDatabase()
const today = berlinToday()

async function makeChamber(name: string) {
  const chamber = await seedOrganization(ctx.db, { kind: 'chamber', name })
  const staff = await seedUser(ctx.db, { role: 'chamber', memberOf: { organizationId: chamber.id, role: 'counsellor' } })
  return { chamberId: chamber.id, actorId: staff.id }
}

async function makeCompany(name: string) {
  const company = await seedOrganization(ctx.db, { name })
  const owner = await seedUser(ctx.db, { role: 'employer', memberOf: { organizationId: company.id, role: 'owner' } })
  const listing = await seedListing(ctx.db, { organizationId: company.id, title: `Anlagenmechaniker/in ${name} (m/w/d)` })
  return { companyId: company.id, ownerId: owner.id, listingId: listing.id }
}

const period = (from = 0, days = 14) => ({ startsOn: addDays(today, from), endsOn: addDays(today, from + days - 1) })
const featured = async (listingId: number) => (await createOutboxStore(ctx.db).loadListings([listingId]))[0]?.isFeatured

let hwk: Awaited<ReturnType<typeof makeChamber>>
let khs: Awaited<ReturnType<typeof makeChamber>>
let member: Awaited<ReturnType<typeof makeCompany>>

beforeAll(async () => {
  hwk = await makeChamber('Handwerkskammer Oberharz')
  khs = await makeChamber('Kreishandwerkerschaft Unterharz')
  member = await makeCompany('Heizungsbau Mitglied GmbH')
  await addMember({ ...hwk, companyId: member.companyId, memberNumber: 'M-1' })
})

describe('featuring a listing', () => {
  it("features only listings of the chamber's own verified members", async () => {
    const stranger = await makeCompany('Heizungsbau Fremd GmbH')
    const pending = await makeCompany('Heizungsbau Wartend GmbH')
    await requestMembership({ companyId: pending.companyId, actorId: pending.ownerId, chamberId: hwk.chamberId, memberNumber: 'W-1' })
    const otherMember = await makeCompany('Heizungsbau Anderswo GmbH')
    await addMember({ ...khs, companyId: otherMember.companyId, memberNumber: 'K-1' })

    for (const listingId of [stranger.listingId, pending.listingId, otherMember.listingId, 999_999]) {
      await expect(featureListing({ ...hwk, listingId, ...period() })).rejects.toMatchObject({ status: 404 })
    }
    const candidates = (await listPromotionCandidates(hwk.chamberId)).map((c) => c.id)
    expect(candidates).toContain(member.listingId)
    for (const other of [stranger, pending, otherMember]) expect(candidates).not.toContain(other.listingId)
    await featureListing({ ...hwk, listingId: member.listingId, ...period() })
    expect(await featured(member.listingId)).toBe(true)
    expect(await featured(stranger.listingId)).toBe(false)
  })

  it('checks the period: from today, at most 90 days, no overlap with its own promotion of the listing', async () => {
    const company = await makeCompany('Heizungsbau Zeitraum GmbH')
    await addMember({ ...hwk, companyId: company.companyId, memberNumber: 'Z-1' })
    const listingId = company.listingId
    await expect(featureListing({ ...hwk, listingId, ...period(-1) })).rejects.toMatchObject({ status: 400, fieldErrors: { startsOn: 'chambers.error.startsOn' } })
    expect(PromotionForm.safeParse({ listingId: '1', ...period(0, 91) }).error?.issues[0]).toMatchObject({ path: ['endsOn'], message: 'chambers.error.tooLong' })
    expect(PromotionForm.safeParse({ listingId: '1', ...period(0, 90) }).success).toBe(true)
    expect(PromotionForm.safeParse({ listingId: '1', startsOn: today, endsOn: addDays(today, -1) }).error?.issues[0].message).toBe('chambers.error.endsOn')
    await featureListing({ ...hwk, listingId, ...period(7) })
    expect(await featured(listingId)).toBe(false)
    await expect(featureListing({ ...hwk, listingId, ...period(0, 10) })).rejects.toMatchObject({ status: 409, fieldErrors: { startsOn: 'chambers.error.overlap' } })
    expect((await listChamberPromotions(hwk.chamberId)).find((p) => p.listingId === listingId)).toMatchObject({ isCurrent: false, startsOn: addDays(today, 7) })
  })

  it("ends a running promotion today, and only the chamber's own", async () => {
    const company = await makeCompany('Heizungsbau Ende GmbH')
    await addMember({ ...hwk, companyId: company.companyId, memberNumber: 'E-1' })
    const id = await featureListing({ ...hwk, listingId: company.listingId, ...period() })
    await expect(endPromotion({ ...khs, promotionId: id })).rejects.toMatchObject({ status: 404 })
    expect(await featured(company.listingId)).toBe(true)
    await endPromotion({ ...hwk, promotionId: id })
    expect(await featured(company.listingId)).toBe(false)
    const outbox = await ctx.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, String(company.listingId)))
    expect(outbox.length).toBeGreaterThanOrEqual(3)
  })

  it('ends the promotions of a company whose membership is revoked', async () => {
    const company = await makeCompany('Heizungsbau Widerruf GmbH')
    await addMember({ ...hwk, companyId: company.companyId, memberNumber: 'V-1' })
    await featureListing({ ...hwk, listingId: company.listingId, ...period() })
    const [row] = await ctx.db.select().from(listingPromotions).where(eq(listingPromotions.listingId, company.listingId))
    const [membership] = await ctx.db.select().from(chamberMemberships).where(eq(chamberMemberships.companyId, company.companyId))
    await decideMembership({ ...hwk, membershipId: membership.id, decision: 'revoke', isConfirmed: true })
    expect(await featured(company.listingId)).toBe(false)
    expect((await listChamberPromotions(hwk.chamberId)).map((p) => p.id)).not.toContain(row.id)
    expect((await getFeaturedListings(ctx.db, 20)).map((l) => l.id)).not.toContain(company.listingId)
  })
})

describe('the home page block', () => {
  it('shows what chambers feature today, with the chamber, and nothing planned for later', async () => {
    const later = await makeCompany('Heizungsbau Später GmbH')
    await addMember({ ...hwk, companyId: later.companyId, memberNumber: 'S-1' })
    await featureListing({ ...hwk, listingId: later.listingId, ...period(3) })
    const block = await getFeaturedListings(ctx.db, 20)
    expect(block.map((l) => l.id)).toContain(member.listingId)
    expect(block.map((l) => l.id)).not.toContain(later.listingId)
    expect(block.find((l) => l.id === member.listingId)).toMatchObject({ chamberName: 'Handwerkskammer Oberharz', companyName: 'Heizungsbau Mitglied GmbH' })
    expect((await getFeaturedListings(ctx.db, 20, new Date(Date.parse(`${addDays(today, 4)}T12:00:00Z`)))).map((l) => l.id)).toContain(later.listingId)
  })
})

describe('the daily promotion sync', () => {
  it('queues listings whose promotion starts or ended, once per day', async () => {
    const company = await makeCompany('Heizungsbau Tageswechsel GmbH')
    await addMember({ ...hwk, companyId: company.companyId, memberNumber: 'T-1' })
    await featureListing({ ...hwk, listingId: company.listingId, startsOn: addDays(today, 2), endsOn: addDays(today, 4) })
    const queued = async () => (await ctx.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, String(company.listingId)))).length
    const at = (offset: number) => new Date(Date.parse(`${addDays(today, offset)}T10:00:00Z`))

    await syncPromotionBoundaries(at(0), ctx.db)
    const before = await queued()
    await syncPromotionBoundaries(at(1), ctx.db)
    expect(await queued()).toBe(before)
    await syncPromotionBoundaries(at(2), ctx.db)
    expect(await queued()).toBe(before + 1)
    expect(await syncPromotionBoundaries(at(2), ctx.db)).toBe(0)
    // Down for days: the end is caught up on the next run.
    await syncPromotionBoundaries(at(8), ctx.db)
    expect(await queued()).toBe(before + 2)
  })
})
