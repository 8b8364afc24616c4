import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { distanceKm } from '~/utils/geo'
import { places, seekerProfiles } from '../../../db/schema'
import { pickOccupation } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { resolvePlace } from '../search/place.server'
import { readCandidateFilters, type CandidateFilters } from './candidates.schema'
import { addMembership, createCandidate, createChamber, createInvitingCompany, referCandidate } from './candidates.test-helper'
import { searchCandidates } from './search.server'

const ctx = setupAppDatabase()
const filters = (query: Record<string, string> = {}): CandidateFilters => readCandidateFilters(new URLSearchParams(query)).filters

let companyId = ''
const search = (query: Record<string, string> = {}, occupationId: number | null = null) =>
  searchCandidates({ organizationId: companyId, filters: filters(query), occupationId, now: new Date('2026-06-01T10:00:00Z') })
const initials = async (query: Record<string, string> = {}, occupationId: number | null = null) => (await search(query, occupationId)).items.map((c) => c.initial).sort()

beforeAll(async () => {
  companyId = (await createInvitingCompany(ctx.db)).company.id
})

describe('searchCandidates', () => {
  it('never shows a seeker who has not opted in to be found', async () => {
    await createCandidate(ctx.db, { name: 'Hidden Hanna', profile: { isFindable: false } })
    await createCandidate(ctx.db, { name: 'Open Olaf' })
    const result = await search()
    expect(result.items.map((c) => c.initial)).toContain('O')
    expect(result.items.map((c) => c.initial)).not.toContain('H')
    expect(result.total).toBe(result.items.length)
  })

  it('shows only the first letter of the first name, never the surname or the e-mail address', async () => {
    const seeker = await createCandidate(ctx.db, { name: 'Quirin Quastenberg', email: 'quirin.quastenberg@example.org' })
    const result = await search()
    const text = JSON.stringify(result)
    expect(text).not.toContain('Quastenberg')
    expect(text).not.toContain('Quirin')
    expect(text).not.toContain(seeker.email)
    expect(text).not.toContain(seeker.id)
    expect(result.items.find((c) => c.initial === 'Q')).toMatchObject({ home: { name: 'Goslar', district: 'Landkreis Goslar' } })
  })

  it('keeps exactly the seekers whose home lies within the radius of the searched place', async () => {
    const center = (await resolvePlace('Goslar', ctx.db))!
    const harz = await ctx.db.select().from(places).where(eq(places.isHarz, true))
    const measured = harz.map((p) => ({ p, km: distanceKm(center, p) }))
    const inside = measured.filter((m) => m.km <= 25).sort((a, b) => b.km - a.km)[0]
    const outside = measured.filter((m) => m.km > 25).sort((a, b) => a.km - b.km)[0]
    expect(inside.km).toBeGreaterThan(20)
    expect(outside.km).toBeLessThan(30)
    await createCandidate(ctx.db, { name: 'Inge Innen', home: inside.p.id, profile: { germanLevel: 'A1' } })
    await createCandidate(ctx.db, { name: 'Uwe Aussen', home: outside.p.id, profile: { germanLevel: 'A1' } })
    const result = await search({ where: 'Goslar', radius: '25', german: 'A1' })
    const names = result.items.map((c) => c.initial)
    expect(names).toContain('I')
    expect(names).not.toContain('U')
    expect(result.place).toMatchObject({ name: 'Goslar' })
    // Nearest first, each with its distance.
    const distances = result.items.map((c) => c.distanceKm!)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(Math.max(...distances)).toBeLessThanOrEqual(25)
  })

  it('keeps only seekers with at least the chosen level of German', async () => {
    await createCandidate(ctx.db, { name: 'Bea B1', profile: { germanLevel: 'B1' } })
    await createCandidate(ctx.db, { name: 'Cem C2', profile: { germanLevel: 'C2' } })
    await createCandidate(ctx.db, { name: 'Zoe Ohne', profile: { germanLevel: null } })
    const found = await initials({ german: 'B2' })
    expect(found).toContain('C')
    expect(found).not.toContain('B')
    expect(found).not.toContain('Z')
    expect((await search({ german: 'B2' })).items.every((c) => ['B2', 'C1', 'C2'].includes(c.germanLevel!))).toBe(true)
  })

  it('keeps seekers who can start by the chosen day, to the day', async () => {
    await createCandidate(ctx.db, { name: 'Paula Punkt', profile: { availableFrom: '2026-09-01', germanLevel: 'A2' } })
    await createCandidate(ctx.db, { name: 'Svenja Spaeter', profile: { availableFrom: '2026-09-02', germanLevel: 'A2' } })
    await createCandidate(ctx.db, { name: 'Jan Jetzt', profile: { availableFrom: null, germanLevel: 'A2' } })
    const byDay = await search({ available: '2026-09-01', german: 'A2' })
    const found = byDay.items.filter((c) => c.germanLevel === 'A2').map((c) => c.initial).sort()
    expect(found).toEqual(['J', 'P'])
  })

  it('filters by a wished occupation', async () => {
    const koch = await pickOccupation(ctx.db, { name: 'Koch' })
    await createCandidate(ctx.db, { name: 'Kai Koch', profile: { wishedOccupationIds: [koch.id] } })
    const result = await search({}, koch.id)
    expect(result.items.map((c) => c.initial)).toEqual(['K'])
    expect(result.items[0].wishedOccupations).toEqual([{ id: koch.id, name: koch.name }])
  })

  it('scores each candidate against a listing of the company and orders by the score', async () => {
    const { listing } = await createInvitingCompany(ctx.db, 'Fremde Firma GmbH')
    const own = await search({ listing: String(listing.id) })
    // Another company's listing is refused, not scored.
    expect(own.errors.listing).toBe('candidates.error.listing')
    expect(own.items.every((c) => c.match === null)).toBe(true)

    const { listing: mine, company } = await createInvitingCompany(ctx.db, 'Eigene Firma GmbH')
    const scored = await searchCandidates({ organizationId: company.id, filters: filters({ listing: String(mine.id) }), occupationId: null })
    expect(scored.items.length).toBeGreaterThan(1)
    const scores = scored.items.map((c) => c.match!.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(scored.items[0].match!.reasons.length + scored.items[0].match!.gaps.length).toBeGreaterThan(0)
  })

  it('reports a place it does not know and ignores it', async () => {
    const result = await search({ where: 'Atlantis am Meer' })
    expect(result.errors.where).toBe('candidates.error.place')
    expect(result.total).toBeGreaterThan(0)
  })

  it('drops a seeker from the search the moment they stop being findable', async () => {
    const seeker = await createCandidate(ctx.db, { name: 'Xaver Weg' })
    expect(await initials()).toContain('X')
    await ctx.db.update(seekerProfiles).set({ isFindable: false }).where(eq(seekerProfiles.userId, seeker.id))
    expect(await initials()).not.toContain('X')
  })

  it('pages through the results', async () => {
    const all = await search()
    const onlyPage = await search({ page: '2' })
    expect(all.pageCount).toBe(Math.ceil(all.total / 20))
    expect(onlyPage.items).toHaveLength(Math.max(0, all.total - 20))
  })
})

describe('candidates passed on by the chamber network', () => {
  it('shows a consented referral to verified members of the chamber other than the company that rejected them', async () => {
    const chamber = await createChamber(ctx.db)
    const otherChamber = await createChamber(ctx.db)
    const rejecting = (await createInvitingCompany(ctx.db, 'Ablehnende GmbH')).company
    const member = (await createInvitingCompany(ctx.db, 'Mitglied GmbH')).company
    const applicant = (await createInvitingCompany(ctx.db, 'Antragsteller GmbH')).company
    const elsewhere = (await createInvitingCompany(ctx.db, 'Andere Kammer GmbH')).company
    await addMembership(ctx.db, chamber.id, rejecting.id, 'verified')
    await addMembership(ctx.db, chamber.id, member.id, 'verified')
    await addMembership(ctx.db, chamber.id, applicant.id, 'requested')
    await addMembership(ctx.db, otherChamber.id, elsewhere.id, 'verified')
    const referred = await createCandidate(ctx.db, { name: 'Rolf Referiert', profile: { isFindable: false, germanLevel: 'C1' } })
    const offered = await createCandidate(ctx.db, { name: 'Yvonne Offen', profile: { isFindable: false, germanLevel: 'C1' } })
    await referCandidate(ctx.db, { seekerId: referred.id, fromCompanyId: rejecting.id, chamberId: chamber.id, status: 'consented' })
    await referCandidate(ctx.db, { seekerId: offered.id, fromCompanyId: rejecting.id, chamberId: chamber.id, status: 'offered' })

    const seenBy = async (organizationId: string) =>
      (await searchCandidates({ organizationId, filters: filters({ recommended: '1' }), occupationId: null })).items.map((c) => ({ initial: c.initial, isReferred: c.isReferred }))
    expect(await seenBy(member.id)).toEqual([{ initial: 'R', isReferred: true }])
    expect(await seenBy(rejecting.id)).toEqual([])
    expect(await seenBy(applicant.id)).toEqual([])
    expect(await seenBy(elsewhere.id)).toEqual([])
    // Without the "recommended only" filter the referral is among the findable people, marked.
    const all = await searchCandidates({ organizationId: member.id, filters: filters(), occupationId: null })
    expect(all.items.filter((c) => c.isReferred).map((c) => c.initial)).toEqual(['R'])
    expect(all.items.map((c) => c.initial)).not.toContain('Y')
    const fromRejecting = await searchCandidates({ organizationId: rejecting.id, filters: filters(), occupationId: null })
    expect(fromRejecting.items.map((c) => c.initial)).not.toContain('R')
  })
})
