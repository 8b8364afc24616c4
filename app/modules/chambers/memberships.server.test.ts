import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog, chamberMemberships, organizations } from '../../../db/schema'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { drainOutboxOnce } from '../../../search/sync'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { mailsTo } from '../applications/applications.test-helper'
import { getCompanyPage } from '../companies/company.server'
import { getPublicListing } from '../listings/detail.server'
import { createOutboxStore } from '../search/outbox-store.server'
import { searchListings } from '../search/query.server'
import { emptySearchInput } from '../search/search-params'
import { prepareListingIndex } from '../search/search-index.test-helper'
import { listChamberMembers, listCompanyMemberships } from './membership-lists.server'
import { addMember, decideMembership, requestMembership, withdrawMembershipRequest } from './memberships.server'

const ctx = setupAppDatabase()
const search = createTestSearch()

async function makeChamber(name: string) {
  const chamber = await seedOrganization(ctx.db, { kind: 'chamber', name })
  const staff = await seedUser(ctx.db, { role: 'chamber', lang: 'de', memberOf: { organizationId: chamber.id, role: 'counsellor' } })
  return { chamber, staff }
}

async function makeCompany(name: string, title: string) {
  const company = await seedOrganization(ctx.db, { name })
  const owner = await seedUser(ctx.db, { role: 'employer', lang: 'de', memberOf: { organizationId: company.id, role: 'owner' } })
  const listing = await seedListing(ctx.db, { organizationId: company.id, title })
  return { company, owner, listing }
}

const drain = () => drainOutboxOnce(createOutboxStore(ctx.db), search)
const find = (q: string, verified = false) => searchListings({ ...emptySearchInput(), q, verified }, { lang: 'de', search })
const membershipOf = async (chamberId: string, companyId: string) =>
  (await ctx.db.select().from(chamberMemberships).where(and(eq(chamberMemberships.chamberId, chamberId), eq(chamberMemberships.companyId, companyId))))[0]
const isVerified = async (companyId: string) => (await ctx.db.select({ v: organizations.isVerified }).from(organizations).where(eq(organizations.id, companyId)))[0].v
const auditActions = async (companyId: string) => (await ctx.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, companyId))).map((r) => r.action)

let hwk: Awaited<ReturnType<typeof makeChamber>>
let khs: Awaited<ReturnType<typeof makeChamber>>

beforeAll(async () => {
  await prepareListingIndex(ctx.db, search)
  hwk = await makeChamber('Handwerkskammer Brockenland')
  khs = await makeChamber('Kreishandwerkerschaft Selketal')
})

describe('verifying and revoking a membership', () => {
  it('shows the badge on the company page, the listing and in search once verified, and removes it on revocation', async () => {
    const { company, owner, listing } = await makeCompany('Tischlerei Wipperblick GmbH', 'Tischler/in Wipperblick (m/w/d)')
    await drain()
    await requestMembership({ companyId: company.id, actorId: owner.id, chamberId: hwk.chamber.id, memberNumber: 'HWK 12/345-6' })
    expect((await mailsTo(ctx.db, hwk.staff.email)).map((m) => m.subject)).toEqual(['Tischlerei Wipperblick GmbH bittet um Bestätigung der Mitgliedschaft'])
    expect((await mailsTo(ctx.db, khs.staff.email)).length).toBe(0)
    expect(await isVerified(company.id)).toBe(false)

    const pending = (await listChamberMembers(hwk.chamber.id)).pending
    expect(pending.map((m) => m.companyName)).toEqual(['Tischlerei Wipperblick GmbH'])
    await decideMembership({ chamberId: hwk.chamber.id, actorId: hwk.staff.id, membershipId: pending[0].id, decision: 'verify', isConfirmed: true })

    expect(await isVerified(company.id)).toBe(true)
    expect((await getCompanyPage(company.slug)).company.memberOf).toEqual(['Handwerkskammer Brockenland'])
    const page = await getPublicListing(listing.id)
    expect(page.gone === false && page.listing.company.memberOf).toEqual(['Handwerkskammer Brockenland'])
    await drain()
    const verifiedHits = (await find('Wipperblick', true)).hits
    expect(verifiedHits.map((h) => h.id)).toEqual([listing.id])
    expect(verifiedHits[0].company.memberOf).toEqual(['Handwerkskammer Brockenland'])
    const [decided] = await mailsTo(ctx.db, owner.email)
    expect(decided.subject).toBe('Mitgliedschaft bei der Handwerkskammer Brockenland: bestätigt')

    await decideMembership({ chamberId: hwk.chamber.id, actorId: hwk.staff.id, membershipId: pending[0].id, decision: 'revoke', isConfirmed: true })
    expect(await isVerified(company.id)).toBe(false)
    expect((await getCompanyPage(company.slug)).company.memberOf).toEqual([])
    // Search is a copy: it follows once the outbox is drained.
    expect((await find('Wipperblick', true)).hits.map((h) => h.id)).toEqual([listing.id])
    await drain()
    expect((await find('Wipperblick', true)).total).toBe(0)
    expect((await find('Wipperblick')).hits[0].company.memberOf).toEqual([])
    expect((await mailsTo(ctx.db, owner.email)).map((m) => m.subject)).toContain('Mitgliedschaft bei der Handwerkskammer Brockenland: widerrufen')
    expect(await auditActions(company.id)).toEqual(['chamber.membership-requested', 'chamber.membership-verified', 'chamber.membership-revoked'])
  })

  it('keeps the company verified while another chamber still confirms it', async () => {
    const { company, owner } = await makeCompany('Dachdeckerei Zweikammer GmbH', 'Dachdecker/in (m/w/d)')
    await requestMembership({ companyId: company.id, actorId: owner.id, chamberId: hwk.chamber.id, memberNumber: 'A-1' })
    await requestMembership({ companyId: company.id, actorId: owner.id, chamberId: khs.chamber.id, memberNumber: 'B-2' })
    const [a, b] = await listCompanyMemberships(company.id)
    await decideMembership({ chamberId: hwk.chamber.id, actorId: hwk.staff.id, membershipId: a.id, decision: 'verify', isConfirmed: true })
    await decideMembership({ chamberId: khs.chamber.id, actorId: khs.staff.id, membershipId: b.id, decision: 'verify', isConfirmed: true })
    expect((await getCompanyPage(company.slug)).company.memberOf).toEqual(['Handwerkskammer Brockenland', 'Kreishandwerkerschaft Selketal'])
    await decideMembership({ chamberId: hwk.chamber.id, actorId: hwk.staff.id, membershipId: a.id, decision: 'revoke', isConfirmed: true })
    expect(await isVerified(company.id)).toBe(true)
    expect((await getCompanyPage(company.slug)).company.memberOf).toEqual(['Kreishandwerkerschaft Selketal'])
  })

  it('refuses without verifying, and lets the company ask again afterwards', async () => {
    const { company, owner } = await makeCompany('Malerbetrieb Nochmal GmbH', 'Maler/in (m/w/d)')
    await requestMembership({ companyId: company.id, actorId: owner.id, chamberId: hwk.chamber.id, memberNumber: 'X-1' })
    const row = await membershipOf(hwk.chamber.id, company.id)
    await decideMembership({ chamberId: hwk.chamber.id, actorId: hwk.staff.id, membershipId: row.id, decision: 'refuse' })
    expect(await isVerified(company.id)).toBe(false)
    expect((await membershipOf(hwk.chamber.id, company.id)).status).toBe('refused')
    expect(await auditActions(company.id)).toContain('chamber.membership-refused')
    await requestMembership({ companyId: company.id, actorId: owner.id, chamberId: hwk.chamber.id, memberNumber: 'X-2' })
    expect(await membershipOf(hwk.chamber.id, company.id)).toMatchObject({ status: 'requested', memberNumber: 'X-2', decidedAt: null })
  })
})

describe('what staff decide on', () => {
  it('lists a request with the facts a chamber checks: sector, place, member number, register entry, who asked and when', async () => {
    const { company, owner } = await makeCompany('Metallbau Faktenreich GmbH', 'Metallbauer/in Faktenreich (m/w/d)')
    await requestMembership({ companyId: company.id, actorId: owner.id, chamberId: hwk.chamber.id, memberNumber: 'HWK 7/1', registerEntry: 'Handwerksrolle Nr. 4711' })
    const request = (await listChamberMembers(hwk.chamber.id)).pending.find((m) => m.companyName === 'Metallbau Faktenreich GmbH')!
    expect(request).toMatchObject({ memberNumber: 'HWK 7/1', registerEntry: 'Handwerksrolle Nr. 4711', requestedByName: owner.name, sector: company.sector })
    expect(request.occupations.length).toBeGreaterThan(0)
    expect(Date.parse(request.requestedAt)).toBeGreaterThan(Date.now() - 60_000)
    expect((await listCompanyMemberships(company.id))[0].registerEntry).toBe('Handwerksrolle Nr. 4711')
  })

  it('refuses a verification or revocation without its confirmation, and changes nothing', async () => {
    const { company, owner } = await makeCompany('Dachdeckerei Vorsicht GmbH', 'Dachdecker/in Vorsicht (m/w/d)')
    await requestMembership({ companyId: company.id, actorId: owner.id, chamberId: hwk.chamber.id, memberNumber: 'V-1' })
    const row = await membershipOf(hwk.chamber.id, company.id)
    const decide = (decision: 'verify' | 'revoke', isConfirmed?: boolean) =>
      decideMembership({ chamberId: hwk.chamber.id, actorId: hwk.staff.id, membershipId: row.id, decision, isConfirmed })
    await expect(decide('verify')).rejects.toMatchObject({ status: 400 })
    await expect(decide('verify', false)).rejects.toMatchObject({ status: 400 })
    expect((await membershipOf(hwk.chamber.id, company.id)).status).toBe('requested')
    await decide('verify', true)
    await expect(decide('revoke')).rejects.toMatchObject({ status: 400 })
    expect((await membershipOf(hwk.chamber.id, company.id)).status).toBe('verified')
    expect(await isVerified(company.id)).toBe(true)
  })
})

describe('who may decide', () => {
  it("refuses staff of another chamber to verify, refuse or revoke a chamber's rows", async () => {
    const { company, owner } = await makeCompany('Schlosserei Fremdkammer GmbH', 'Metallbauer/in (m/w/d)')
    await requestMembership({ companyId: company.id, actorId: owner.id, chamberId: hwk.chamber.id, memberNumber: 'F-1' })
    const row = await membershipOf(hwk.chamber.id, company.id)
    for (const decision of ['verify', 'refuse', 'revoke'] as const) {
      await expect(decideMembership({ chamberId: khs.chamber.id, actorId: khs.staff.id, membershipId: row.id, decision, isConfirmed: true })).rejects.toMatchObject({ status: 404 })
    }
    await decideMembership({ chamberId: hwk.chamber.id, actorId: hwk.staff.id, membershipId: row.id, decision: 'verify', isConfirmed: true })
    await expect(decideMembership({ chamberId: khs.chamber.id, actorId: khs.staff.id, membershipId: row.id, decision: 'revoke', isConfirmed: true })).rejects.toMatchObject({ status: 404 })
    expect((await membershipOf(hwk.chamber.id, company.id)).status).toBe('verified')
  })

  it('answers 404 for a decision that does not fit the state, and for unknown ids', async () => {
    const { company, owner } = await makeCompany('Glaserei Zustand GmbH', 'Glaser/in (m/w/d)')
    await requestMembership({ companyId: company.id, actorId: owner.id, chamberId: hwk.chamber.id, memberNumber: 'Z-1' })
    const row = await membershipOf(hwk.chamber.id, company.id)
    await expect(decideMembership({ chamberId: hwk.chamber.id, actorId: hwk.staff.id, membershipId: row.id, decision: 'revoke', isConfirmed: true })).rejects.toMatchObject({ status: 404 })
    await expect(decideMembership({ chamberId: hwk.chamber.id, actorId: hwk.staff.id, membershipId: 'nope', decision: 'verify', isConfirmed: true })).rejects.toMatchObject({ status: 404 })
  })

  it('lets a company withdraw only its own open request', async () => {
    const mine = await makeCompany('Bäckerei Rückzug GmbH', 'Bäcker/in (m/w/d)')
    const other = await makeCompany('Fleischerei Nebenan GmbH', 'Fleischer/in (m/w/d)')
    await requestMembership({ companyId: mine.company.id, actorId: mine.owner.id, chamberId: khs.chamber.id, memberNumber: 'R-1' })
    const row = await membershipOf(khs.chamber.id, mine.company.id)
    await expect(withdrawMembershipRequest({ companyId: other.company.id, actorId: other.owner.id, membershipId: row.id })).rejects.toMatchObject({ status: 404 })
    await withdrawMembershipRequest({ companyId: mine.company.id, actorId: mine.owner.id, membershipId: row.id })
    expect(await membershipOf(khs.chamber.id, mine.company.id)).toBeUndefined()
  })
})

describe('requests and direct entries', () => {
  it('refuses a second request to a chamber that has one open or verified, and an unknown chamber', async () => {
    const { company, owner } = await makeCompany('Zimmerei Doppelt GmbH', 'Zimmerer/in (m/w/d)')
    const ask = (chamberId: string) => requestMembership({ companyId: company.id, actorId: owner.id, chamberId, memberNumber: 'D-1' })
    await ask(hwk.chamber.id)
    await expect(ask(hwk.chamber.id)).rejects.toMatchObject({ status: 409, fieldErrors: { chamberId: 'chambers.error.exists' } })
    await expect(ask(company.id)).rejects.toMatchObject({ status: 400, fieldErrors: { chamberId: 'chambers.error.chamber' } })
  })

  it('lets staff enter a company as verified member directly, once', async () => {
    const { company, owner } = await makeCompany('Steinmetz Direkt GmbH', 'Steinmetz/in (m/w/d)')
    await addMember({ chamberId: khs.chamber.id, actorId: khs.staff.id, companyId: company.id, memberNumber: 'KHS-77' })
    expect(await isVerified(company.id)).toBe(true)
    expect((await listChamberMembers(khs.chamber.id)).verified.map((m) => m.companyName)).toContain('Steinmetz Direkt GmbH')
    expect((await mailsTo(ctx.db, owner.email)).map((m) => m.subject)).toEqual(['Mitgliedschaft bei der Kreishandwerkerschaft Selketal: bestätigt'])
    await expect(addMember({ chamberId: khs.chamber.id, actorId: khs.staff.id, companyId: company.id, memberNumber: 'KHS-77' })).rejects.toMatchObject({
      status: 409,
      fieldErrors: { memberNumber: 'chambers.error.alreadyMember' },
    })
    await expect(addMember({ chamberId: khs.chamber.id, actorId: khs.staff.id, companyId: khs.chamber.id, memberNumber: 'KHS-78' })).rejects.toMatchObject({ status: 404 })
  })
})
