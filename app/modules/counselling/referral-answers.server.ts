import { and, desc, eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { NotFound } from '~/utils/errors'
import { accept, type Checked } from '~/utils/form-check'
import { getDb, type Database } from '../../../db/client'
import { applications, candidateReferrals, listings, organizations } from '../../../db/schema'
import type { MyReferralInput, ReferralAnswer, ReferralAnswerInput } from './counselling.schema'
import { getReferralKey, readReferralToken } from './referral-token.server'
import type { ReferralStatus } from '../../../values/chambers'

const chambers = alias(organizations, 'referral_chamber')
const companies = alias(organizations, 'referral_company')

export interface ReferralView {
  id: string
  status: ReferralStatus
  companyName: string
  chamberName: string
  listingTitle: string
  createdAt: string
}

const viewColumns = {
  id: candidateReferrals.id,
  status: candidateReferrals.status,
  companyName: companies.name,
  chamberName: chambers.name,
  listingTitle: listings.title,
  createdAt: candidateReferrals.createdAt,
}

function selectReferrals(db: Database) {
  return db
    .select(viewColumns)
    .from(candidateReferrals)
    .innerJoin(companies, eq(companies.id, candidateReferrals.fromOrganizationId))
    .innerJoin(chambers, eq(chambers.id, candidateReferrals.chamberId))
    .innerJoin(applications, eq(applications.id, candidateReferrals.applicationId))
    .innerJoin(listings, eq(listings.id, applications.listingId))
}

const toView = (row: Omit<ReferralView, 'createdAt'> & { createdAt: Date }): ReferralView => ({ ...row, createdAt: row.createdAt.toISOString() })

const STATUS_OF: Record<ReferralAnswer, ReferralStatus> = { consent: 'consented', decline: 'declined' }

export type TokenState = { state: 'invalid' } | { state: 'gone' } | { state: 'open'; referral: ReferralView }

/** What a referral link shows: the offer and its current answer, or why the link does not work. */
export async function describeReferral(token: string, now: Date = new Date()): Promise<TokenState> {
  const db = getDb()
  const referralId = readReferralToken(token, await getReferralKey(db), now)
  if (!referralId) return { state: 'invalid' }
  const [row] = await selectReferrals(db).where(eq(candidateReferrals.id, referralId))
  return row ? { state: 'open', referral: toView(row) } : { state: 'gone' }
}

/**
 * The applicant's answer through the mailed link; the signed token is the permission. Consenting
 * makes them visible to the chamber's other verified member businesses, declining hides them.
 */
export async function answerReferralWithToken(token: string, input: Checked<ReferralAnswerInput>, now: Date = new Date()): Promise<TokenState> {
  const db = getDb()
  const referralId = readReferralToken(token, await getReferralKey(db), now)
  if (!referralId) return { state: 'invalid' }
  const { answer } = accept(input)
  const [updated] = await db
    .update(candidateReferrals)
    .set({ status: STATUS_OF[answer], answeredAt: now })
    .where(eq(candidateReferrals.id, referralId))
    .returning({ id: candidateReferrals.id })
  if (!updated) return { state: 'gone' }
  return describeReferral(token, now)
}

/** The seeker's own referrals, newest first. */
export async function listMyReferrals(seekerId: string): Promise<ReferralView[]> {
  const rows = await selectReferrals(getDb()).where(eq(candidateReferrals.seekerId, seekerId)).orderBy(desc(candidateReferrals.createdAt))
  return rows.map(toView)
}

/** Signed in, the seeker answers or withdraws (back to 'declined') at any time; anyone else's referral is a 404. */
export async function changeMyReferral(seekerId: string, { referralId, answer }: MyReferralInput, now: Date = new Date()): Promise<ReferralStatus> {
  const [updated] = await getDb()
    .update(candidateReferrals)
    .set({ status: STATUS_OF[answer], answeredAt: now })
    .where(and(eq(candidateReferrals.id, referralId), eq(candidateReferrals.seekerId, seekerId)))
    .returning({ status: candidateReferrals.status })
  if (!updated) throw new NotFound('referral')
  return updated.status
}
