import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog, invitations, seekerProfiles } from '../../../db/schema'
import { seedListing } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { checkWith } from '~/utils/form-check'
import { mailsTo } from '../applications/applications.test-helper'
import { candidatePseudonyms } from './candidate-id.server'
import { InvitationAnswerForm, InviteForm } from './candidates.schema'
import { createCandidate, createInvitingCompany } from './candidates.test-helper'
import { inviteCandidate, listSentInvitations, withdrawInvitation } from './invitations.server'
import { getCandidateForCompany } from './profile.server'
import { answerInvitation, listMyInvitations } from './seeker-invitations.server'

const ctx = setupAppDatabase()

let a: Awaited<ReturnType<typeof createInvitingCompany>>
let b: Awaited<ReturnType<typeof createInvitingCompany>>
const idFor = async (organizationId: string, userId: string) => (await candidatePseudonyms(organizationId)).toPseudonym(userId)
const invite = async (company: typeof a, userId: string, form: Record<string, string> = {}) =>
  inviteCandidate({ organizationId: company.company.id, actorId: company.owner.id, candidateId: await idFor(company.company.id, userId), form: checkWith(InviteForm, { listingId: String(company.listing.id), ...form }) })

beforeAll(async () => {
  a = await createInvitingCompany(ctx.db, 'Anker Metall GmbH')
  b = await createInvitingCompany(ctx.db, 'Brocken Bau GmbH')
})

describe('candidate pseudonyms', () => {
  it('differ between companies and point at nobody when changed or used by another company', async () => {
    const seeker = await createCandidate(ctx.db)
    const forA = await idFor(a.company.id, seeker.id)
    const forB = await idFor(b.company.id, seeker.id)
    expect(forA).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(forA).not.toBe(forB)
    expect(forA).not.toContain(seeker.id.replace(/-/g, '').slice(0, 8))
    expect((await candidatePseudonyms(a.company.id)).toUserId(forA)).toBe(seeker.id)
    await expect(getCandidateForCompany({ organizationId: b.company.id, candidateId: forA })).rejects.toMatchObject({ status: 404 })
    await expect(getCandidateForCompany({ organizationId: a.company.id, candidateId: seeker.id })).rejects.toMatchObject({ status: 404 })
    await expect(getCandidateForCompany({ organizationId: a.company.id, candidateId: `${forA.slice(0, 21)}${forA.endsWith('A') ? 'B' : 'A'}` })).rejects.toMatchObject({
      status: 404,
    })
  })
})

describe('inviting a candidate', () => {
  it('invites once per listing and person, mails the seeker in their language, and answers a second try with the first', async () => {
    const seeker = await createCandidate(ctx.db, { lang: 'en', email: 'invited-en@example.org' })
    const first = await invite(a, seeker.id, { message: 'Wir würden Sie gern kennenlernen.' })
    expect(first.created).toBe(true)
    const second = await invite(a, seeker.id, { message: 'Noch einmal' })
    expect(second).toEqual({ invitationId: first.invitationId, created: false })
    const rows = await ctx.db.select().from(invitations).where(eq(invitations.seekerId, seeker.id))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ organizationId: a.company.id, listingId: a.listing.id, invitedBy: a.owner.id, message: 'Wir würden Sie gern kennenlernen.', status: 'pending' })
    const mails = await mailsTo(ctx.db, 'invited-en@example.org')
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe('Anker Metall GmbH invites you to apply')
    expect(mails[0].textBody).toContain('/me/invitations')
    // A second listing of the same company is a second invitation.
    const other = await seedListing(ctx.db, { organizationId: a.company.id })
    expect((await invite(a, seeker.id, { listingId: String(other.id) })).created).toBe(true)
  })

  it('refuses a listing of another company, a closed listing and a message over 1000 characters, writing nothing', async () => {
    const seeker = await createCandidate(ctx.db)
    await expect(invite(a, seeker.id, { listingId: String(b.listing.id) })).rejects.toMatchObject({ fieldErrors: { listingId: 'candidates.invite.error.listing' } })
    const closed = await seedListing(ctx.db, { organizationId: a.company.id, status: 'closed' })
    await expect(invite(a, seeker.id, { listingId: String(closed.id) })).rejects.toMatchObject({ fieldErrors: { listingId: 'candidates.invite.error.listing' } })
    await expect(invite(a, seeker.id, { message: 'x'.repeat(1001) })).rejects.toMatchObject({ fieldErrors: { message: 'candidates.invite.error.tooLong' } })
    expect(await ctx.db.select().from(invitations).where(eq(invitations.seekerId, seeker.id))).toHaveLength(0)
  })

  it('cannot invite someone who is not findable', async () => {
    const seeker = await createCandidate(ctx.db, { profile: { isFindable: false } })
    await expect(invite(a, seeker.id)).rejects.toMatchObject({ status: 404 })
  })

  it('lets only the inviting company withdraw an open invitation', async () => {
    const seeker = await createCandidate(ctx.db)
    const { invitationId } = await invite(a, seeker.id)
    await expect(withdrawInvitation({ organizationId: b.company.id, actorId: b.owner.id, invitationId })).rejects.toMatchObject({ status: 404 })
    await withdrawInvitation({ organizationId: a.company.id, actorId: a.owner.id, invitationId })
    expect(await ctx.db.select().from(invitations).where(eq(invitations.id, invitationId))).toHaveLength(0)
  })
})

describe('answering an invitation', () => {
  it('shares name and e-mail with the inviting company only after accepting, and with no other company', async () => {
    const seeker = await createCandidate(ctx.db, { name: 'Tessa Tannenberg', email: 'tessa.tannenberg@example.org' })
    const { invitationId } = await invite(a, seeker.id)
    await invite(b, seeker.id)
    const seenBy = async (company: typeof a) => getCandidateForCompany({ organizationId: company.company.id, candidateId: await idFor(company.company.id, seeker.id) })

    const before = JSON.stringify([await seenBy(a), await listSentInvitations(a.company.id)])
    expect(before).not.toContain('Tannenberg')
    expect(before).not.toContain('tessa.tannenberg@example.org')

    await answerInvitation({ seekerId: seeker.id, invitationId, answer: checkWith(InvitationAnswerForm, { answer: 'accept' }) })
    expect((await seenBy(a)).contact).toEqual({ name: 'Tessa Tannenberg', email: 'tessa.tannenberg@example.org' })
    const accepted = (await listSentInvitations(a.company.id)).find((i) => i.id === invitationId)
    expect(accepted).toMatchObject({ status: 'accepted', contact: { name: 'Tessa Tannenberg', email: 'tessa.tannenberg@example.org' } })

    const otherCompany = JSON.stringify([await seenBy(b), await listSentInvitations(b.company.id)])
    expect(otherCompany).not.toContain('Tannenberg')
    expect(otherCompany).not.toContain('tessa.tannenberg@example.org')

    // The inviting member hears of it, without the person's name.
    const mails = await mailsTo(ctx.db, a.owner.email)
    const answered = mails.find((m) => m.subject === 'Ihre Einladung wurde angenommen')!
    expect(answered.textBody).toContain(`/employer/candidates/${await idFor(a.company.id, seeker.id)}`)
    expect(answered.textBody).not.toContain('Tannenberg')
    expect(await ctx.db.select().from(auditLog).where(eq(auditLog.targetId, invitationId))).toHaveLength(2)
  })

  it('keeps the person anonymous after declining, and an answer cannot be given twice', async () => {
    const seeker = await createCandidate(ctx.db, { name: 'Dora Dunkelberg' })
    const { invitationId } = await invite(a, seeker.id)
    await answerInvitation({ seekerId: seeker.id, invitationId, answer: checkWith(InvitationAnswerForm, { answer: 'decline' }) })
    const page = await getCandidateForCompany({ organizationId: a.company.id, candidateId: await idFor(a.company.id, seeker.id) })
    expect(page.contact).toBeNull()
    expect(JSON.stringify(page)).not.toContain('Dunkelberg')
    expect(page.invitations[0]).toMatchObject({ status: 'declined' })
    await expect(answerInvitation({ seekerId: seeker.id, invitationId, answer: checkWith(InvitationAnswerForm, { answer: 'accept' }) })).rejects.toMatchObject({ status: 409 })
    expect((await mailsTo(ctx.db, a.owner.email)).some((m) => m.subject === 'Ihre Einladung wurde abgelehnt')).toBe(true)
  })

  it('gives a seeker a 404 for another seeker’s invitation', async () => {
    const seeker = await createCandidate(ctx.db)
    const stranger = await createCandidate(ctx.db)
    const { invitationId } = await invite(a, seeker.id)
    await expect(answerInvitation({ seekerId: stranger.id, invitationId, answer: checkWith(InvitationAnswerForm, { answer: 'accept' }) })).rejects.toMatchObject({ status: 404 })
    expect((await listMyInvitations(stranger.id)).invitations).toEqual([])
    const [row] = await ctx.db.select().from(invitations).where(eq(invitations.id, invitationId))
    expect(row.status).toBe('pending')
  })

  it('keeps pending invitations visible to a seeker who stops being findable', async () => {
    const seeker = await createCandidate(ctx.db)
    const { invitationId } = await invite(a, seeker.id, { message: 'Hallo!' })
    await ctx.db.update(seekerProfiles).set({ isFindable: false }).where(eq(seekerProfiles.userId, seeker.id))
    const mine = await listMyInvitations(seeker.id)
    expect(mine.isFindable).toBe(false)
    expect(mine.invitations).toEqual([
      expect.objectContaining({ id: invitationId, status: 'pending', companyName: 'Anker Metall GmbH', listingId: a.listing.id, message: 'Hallo!', isListingOpen: true, applicationId: null }),
    ])
    // The company no longer finds the person, nor may it open their page or invite them again.
    await expect(getCandidateForCompany({ organizationId: a.company.id, candidateId: await idFor(a.company.id, seeker.id) })).rejects.toMatchObject({ status: 404 })
    expect((await listSentInvitations(a.company.id)).find((i) => i.id === invitationId)?.candidateId).toBeNull()
  })

  it('lets the company keep seeing whom it met after they accepted and stopped being findable', async () => {
    const seeker = await createCandidate(ctx.db, { name: 'Mia Meyerhof' })
    const { invitationId } = await invite(a, seeker.id)
    await answerInvitation({ seekerId: seeker.id, invitationId, answer: checkWith(InvitationAnswerForm, { answer: 'accept' }) })
    await ctx.db.update(seekerProfiles).set({ isFindable: false }).where(eq(seekerProfiles.userId, seeker.id))
    const page = await getCandidateForCompany({ organizationId: a.company.id, candidateId: await idFor(a.company.id, seeker.id) })
    expect(page.contact?.name).toBe('Mia Meyerhof')
    expect(page.canInvite).toBe(false)
    await expect(getCandidateForCompany({ organizationId: b.company.id, candidateId: await idFor(b.company.id, seeker.id) })).rejects.toMatchObject({ status: 404 })
  })
})
