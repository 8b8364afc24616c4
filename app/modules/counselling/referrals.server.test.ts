import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { applications, candidateReferrals, chamberMemberships, users } from '../../../db/schema'
import { seedOrganization } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { checkWith } from '~/utils/form-check'
import { RejectForm } from '../applications/applications.schema'
import { PassOnChoice, ReferralAnswerForm } from './counselling.schema'
import { createApplication, createCompanyWithListing, createSeeker, mailsTo } from '../applications/applications.test-helper'
import { rejectApplication } from './rejection.server'
import { isReferredTo } from '../candidates/visibility.server'
import { answerReferralWithToken, changeMyReferral, describeReferral, listMyReferrals } from './referral-answers.server'
import { getReferralKey, REFERRAL_LINK_DAYS, signReferralToken } from './referral-token.server'
import type { MembershipStatus } from '../../../values/chambers'

process.env.UPLOADS_DIR ??= mkdtempSync(join(tmpdir(), 'passgenau-referrals-'))
const ctx = setupAppDatabase()
const DAY = 86_400_000

let rejecting: Awaited<ReturnType<typeof createCompanyWithListing>>
let chamberId = ''
let otherChamberId = ''
/** Verified member of the chamber; may see consented referrals. */
let fellowMember = ''
/** Has only asked to become a member; sees nothing. */
let applicantMember = ''
/** Verified, but in another chamber. */
let otherChamberMember = ''

async function membership(companyId: string, chamber: string, status: MembershipStatus) {
  await ctx.db.insert(chamberMemberships).values({ chamberId: chamber, companyId, memberNumber: 'M-1', status, verifiedAt: status === 'verified' ? new Date() : null })
}

beforeAll(async () => {
  rejecting = await createCompanyWithListing(ctx.db, { name: 'Elektro Harz GmbH' })
  chamberId = (await seedOrganization(ctx.db, { kind: 'chamber', name: 'Handwerkskammer Test' })).id
  otherChamberId = (await seedOrganization(ctx.db, { kind: 'chamber', name: 'Andere Kammer' })).id
  fellowMember = (await seedOrganization(ctx.db)).id
  applicantMember = (await seedOrganization(ctx.db)).id
  otherChamberMember = (await seedOrganization(ctx.db)).id
  await membership(rejecting.company.id, chamberId, 'verified')
  await membership(rejecting.company.id, otherChamberId, 'requested')
  await membership(fellowMember, chamberId, 'verified')
  await membership(applicantMember, chamberId, 'requested')
  await membership(otherChamberMember, otherChamberId, 'verified')
})

async function applicant(lang: 'de' | 'en' = 'de') {
  const seeker = await createSeeker(ctx.db, { lang })
  const { applicationId } = await createApplication(ctx.db, { listingId: rejecting.listing.id, seekerId: seeker.id })
  return { seeker, applicationId }
}

const reject = (applicationId: string, referralChamberId: string) =>
  rejectApplication({
    organizationId: rejecting.company.id,
    applicationId,
    actorId: rejecting.owner.id,
    input: checkWith(RejectForm, { text: 'Leider nicht.' }),
    referral: checkWith(PassOnChoice, { referralChamberId }),
  })

/** The query the candidate search runs: whom the company sees as passed on to it. */
async function referredSeen(companyId: string) {
  const rows = await ctx.db.select({ id: users.id }).from(users).where(isReferredTo(companyId))
  return rows.map((r) => r.id)
}

async function linkOf(email: string) {
  const mail = (await mailsTo(ctx.db, email)).find((m) => /\/referrals\//.test(m.textBody))
  return /\/referrals\/([^\s]+)/.exec(mail!.textBody)![1]
}

describe('passing on a rejected applicant', () => {
  it('offers it only through a chamber the company is a verified member of, and rejects nothing half-way', async () => {
    const { seeker, applicationId } = await applicant()
    await expect(reject(applicationId, otherChamberId)).rejects.toMatchObject({ status: 400, fieldErrors: { referralChamberId: 'counselling.passOn.invalid' } })
    const [row] = await ctx.db.select({ status: applications.status }).from(applications).where(eq(applications.id, applicationId))
    expect(row.status).toBe('received')
    expect(await ctx.db.select().from(candidateReferrals).where(eq(candidateReferrals.seekerId, seeker.id))).toEqual([])
    expect(await mailsTo(ctx.db, seeker.email)).toEqual([])

    expect(await reject(applicationId, '')).toEqual({ isReferralOffered: false })
    expect(await ctx.db.select().from(candidateReferrals).where(eq(candidateReferrals.seekerId, seeker.id))).toEqual([])
  })

  it('asks the applicant in their language, and nobody sees them before they consent or after they decline', async () => {
    const { seeker, applicationId } = await applicant('en')
    expect(await reject(applicationId, chamberId)).toEqual({ isReferralOffered: true })
    const [referral] = await ctx.db.select().from(candidateReferrals).where(eq(candidateReferrals.applicationId, applicationId))
    expect(referral).toMatchObject({ status: 'offered', seekerId: seeker.id, fromOrganizationId: rejecting.company.id, chamberId })
    const mail = (await mailsTo(ctx.db, seeker.email)).find((m) => m.subject === 'Elektro Harz GmbH would like to recommend you')
    expect(mail?.textBody).toContain('other member businesses of Handwerkskammer Test')
    const token = await linkOf(seeker.email)

    // Offered: nobody sees the applicant.
    expect(await referredSeen(fellowMember)).not.toContain(seeker.id)
    expect(await describeReferral(token)).toMatchObject({ state: 'open', referral: { status: 'offered', companyName: 'Elektro Harz GmbH', chamberName: 'Handwerkskammer Test' } })

    // Declined through the link: still nobody.
    await answerReferralWithToken(token, checkWith(ReferralAnswerForm, { answer: 'decline' }))
    expect(await referredSeen(fellowMember)).not.toContain(seeker.id)

    // Consented: the chamber's other verified members, and only they.
    expect(await answerReferralWithToken(token, checkWith(ReferralAnswerForm, { answer: 'consent' }))).toMatchObject({ state: 'open', referral: { status: 'consented' } })
    expect(await referredSeen(fellowMember)).toContain(seeker.id)
    expect(await referredSeen(rejecting.company.id)).not.toContain(seeker.id)
    expect(await referredSeen(applicantMember)).not.toContain(seeker.id)
    expect(await referredSeen(otherChamberMember)).not.toContain(seeker.id)

    // Withdrawn later on /me/counselling: back to declined, hidden again.
    const [mine] = await listMyReferrals(seeker.id)
    expect(mine).toMatchObject({ status: 'consented', companyName: 'Elektro Harz GmbH', listingTitle: 'Elektroniker/in (m/w/d)' })
    expect(await changeMyReferral(seeker.id, { referralId: mine.id, answer: 'decline' })).toBe('declined')
    expect(await referredSeen(fellowMember)).not.toContain(seeker.id)
  })

  it('refuses tampered and expired links, and another seeker’s referral', async () => {
    const { seeker, applicationId } = await applicant()
    await reject(applicationId, chamberId)
    const token = await linkOf(seeker.email)
    const [referral] = await ctx.db.select().from(candidateReferrals).where(eq(candidateReferrals.applicationId, applicationId))
    const tampered = token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
    expect(await describeReferral(tampered)).toEqual({ state: 'invalid' })
    expect(await answerReferralWithToken(tampered, checkWith(ReferralAnswerForm, { answer: 'consent' }))).toEqual({ state: 'invalid' })
    const expired = signReferralToken(referral.id, await getReferralKey(), new Date(Date.now() - (REFERRAL_LINK_DAYS + 1) * DAY))
    expect(await answerReferralWithToken(expired, checkWith(ReferralAnswerForm, { answer: 'consent' }))).toEqual({ state: 'invalid' })
    const later = new Date(Date.now() + (REFERRAL_LINK_DAYS + 1) * DAY)
    expect(await answerReferralWithToken(token, checkWith(ReferralAnswerForm, { answer: 'consent' }), later)).toEqual({ state: 'invalid' })
    const stranger = await createSeeker(ctx.db)
    await expect(changeMyReferral(stranger.id, { referralId: referral.id, answer: 'consent' })).rejects.toMatchObject({ status: 404 })
    const [after] = await ctx.db.select().from(candidateReferrals).where(eq(candidateReferrals.id, referral.id))
    expect(after.status).toBe('offered')
    expect(await referredSeen(fellowMember)).not.toContain(seeker.id)
  })
})
