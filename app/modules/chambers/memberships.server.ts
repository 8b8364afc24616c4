import { and, eq, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { chamberMemberships, organizations } from '../../../db/schema'
import { isUniqueViolation } from '~/utils/db-errors'
import { Conflict, Invalid, NotFound } from '~/utils/errors'
import { berlinToday } from '~/utils/calendar-date'
import { enqueueOrganizationSync } from '../search/outbox-store.server'
import { recordAudit } from '../security/audit.server'
import { mailChamberStaff, mailCompanyOwners } from './membership-mail.server'
import { endPromotionsOfCompany } from './promotions.server'
import type { MembershipStatus } from '../../../values/chambers'

/*
 * A company asks a chamber to confirm its membership; the chamber's staff verify or refuse, and may
 * revoke a verified one later. `organizations.is_verified` mirrors "has a verified membership" and
 * changes in the same transaction, with the company's listings queued for search.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

async function organizationName(tx: Database, id: string, kind: 'company' | 'chamber') {
  const [row] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.kind, kind)))
    // Changes of one company's memberships queue up here, so each recomputes the flag after the last one.
    .for(kind === 'company' ? 'update' : 'share')
  return row?.name ?? null
}

/** Recomputes the company's flag from its memberships and queues its listings for search. */
async function syncVerifiedFlag(tx: Database, companyId: string) {
  await tx
    .update(organizations)
    .set({ isVerified: sql`exists (select 1 from ${chamberMemberships} m where m.company_id = ${organizations.id} and m.status = 'verified')` })
    .where(eq(organizations.id, companyId))
  await enqueueOrganizationSync(tx, [companyId])
}

export async function requestMembership(input: { companyId: string; actorId: string; chamberId: string; memberNumber: string; registerEntry?: string | null }) {
  try {
    await getDb().transaction(async (tx) => {
      const companyName = await organizationName(tx, input.companyId, 'company')
      if (!companyName) throw new NotFound('company')
      const chamberName = await organizationName(tx, input.chamberId, 'chamber')
      if (!chamberName) throw new Invalid({ chamberId: 'chambers.error.chamber' })
      const [existing] = await tx
        .select({ id: chamberMemberships.id, status: chamberMemberships.status })
        .from(chamberMemberships)
        .where(and(eq(chamberMemberships.chamberId, input.chamberId), eq(chamberMemberships.companyId, input.companyId)))
        .for('update')
      if (existing?.status === 'requested' || existing?.status === 'verified') throw new Conflict({ chamberId: 'chambers.error.exists' })
      const values = {
        memberNumber: input.memberNumber,
        registerEntry: input.registerEntry ?? null,
        status: 'requested' as const,
        requestedBy: input.actorId,
        requestedAt: new Date(),
      }
      // A refused or revoked membership may be asked for again; the row keeps one history per pair.
      if (existing) await tx.update(chamberMemberships).set({ ...values, decidedBy: null, decidedAt: null, verifiedAt: null }).where(eq(chamberMemberships.id, existing.id))
      else await tx.insert(chamberMemberships).values({ ...values, chamberId: input.chamberId, companyId: input.companyId })
      await mailChamberStaff(tx, input.chamberId, { companyName, chamberName, memberNumber: input.memberNumber })
      const audit = { actorId: input.actorId, action: 'chamber.membership-requested', targetType: 'organization', targetId: input.companyId, meta: { chamberId: input.chamberId } }
      await recordAudit(audit, tx)
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict({ chamberId: 'chambers.error.exists' })
    throw error
  }
}

/** The company takes back a request the chamber has not decided yet. */
export async function withdrawMembershipRequest(input: { companyId: string; actorId: string; membershipId: string }) {
  if (!UUID.test(input.membershipId)) throw new NotFound('membership')
  await getDb().transaction(async (tx) => {
    const removed = await tx
      .delete(chamberMemberships)
      .where(and(eq(chamberMemberships.id, input.membershipId), eq(chamberMemberships.companyId, input.companyId), eq(chamberMemberships.status, 'requested')))
      .returning({ chamberId: chamberMemberships.chamberId })
    if (!removed.length) throw new NotFound('membership')
    const audit = { actorId: input.actorId, action: 'chamber.membership-withdrawn', targetType: 'organization', targetId: input.companyId, meta: { chamberId: removed[0].chamberId } }
    await recordAudit(audit, tx)
  })
}

type Decision = 'verify' | 'refuse' | 'revoke'
const FROM: Record<Decision, MembershipStatus> = { verify: 'requested', refuse: 'requested', revoke: 'verified' }
const TO: Record<Decision, MembershipStatus> = { verify: 'verified', refuse: 'refused', revoke: 'revoked' }

/** Verifying and revoking change what every seeker reads about the company: each needs its confirmation step. */
const NEEDS_CONFIRMATION: Record<Decision, boolean> = { verify: true, refuse: false, revoke: true }

/**
 * Staff decide on a request of their own chamber (verify, refuse) or revoke a verified membership.
 * Another chamber's row, an unknown id and a row in the wrong state are all NotFound. A verification
 * or revocation without `isConfirmed` (the confirmation step's explicit field) is refused.
 */
export async function decideMembership(input: {
  chamberId: string
  actorId: string
  membershipId: string
  decision: Decision
  isConfirmed?: boolean
  now?: Date
}) {
  if (!UUID.test(input.membershipId)) throw new NotFound('membership')
  if (NEEDS_CONFIRMATION[input.decision] && !input.isConfirmed) throw new Invalid({}, 'chambers.members.confirmRequired')
  const now = input.now ?? new Date()
  await getDb().transaction(async (tx) => {
    const ours = and(eq(chamberMemberships.id, input.membershipId), eq(chamberMemberships.chamberId, input.chamberId))
    const [target] = await tx.select({ companyId: chamberMemberships.companyId }).from(chamberMemberships).where(ours)
    if (!target) throw new NotFound('membership')
    // The company first, then the membership: the order every change here takes, so none deadlock.
    const companyName = (await organizationName(tx, target.companyId, 'company'))!
    const [row] = await tx
      .select({ companyId: chamberMemberships.companyId, memberNumber: chamberMemberships.memberNumber })
      .from(chamberMemberships)
      .where(and(ours, eq(chamberMemberships.status, FROM[input.decision])))
      .for('update')
    if (!row) throw new NotFound('membership')
    const status = TO[input.decision]
    await tx
      .update(chamberMemberships)
      .set({ status, decidedBy: input.actorId, decidedAt: now, ...(status === 'verified' ? { verifiedAt: now } : {}) })
      .where(eq(chamberMemberships.id, input.membershipId))
    if (input.decision === 'revoke') await endPromotionsOfCompany(tx, { chamberId: input.chamberId, companyId: row.companyId, today: berlinToday(now) })
    if (input.decision !== 'refuse') await syncVerifiedFlag(tx, row.companyId)
    await finish(tx, { ...input, companyId: row.companyId, companyName, memberNumber: row.memberNumber, status })
  })
}

/** Staff enter a member business themselves, verified at once (or confirm a pending or past request). */
export async function addMember(input: { chamberId: string; actorId: string; companyId: string; memberNumber: string; now?: Date }) {
  if (!UUID.test(input.companyId)) throw new NotFound('company')
  const now = input.now ?? new Date()
  try {
    await getDb().transaction(async (tx) => {
      const companyName = await organizationName(tx, input.companyId, 'company')
      if (!companyName) throw new NotFound('company')
      const [existing] = await tx
        .select({ id: chamberMemberships.id, status: chamberMemberships.status })
        .from(chamberMemberships)
        .where(and(eq(chamberMemberships.chamberId, input.chamberId), eq(chamberMemberships.companyId, input.companyId)))
        .for('update')
      if (existing?.status === 'verified') throw new Conflict({ memberNumber: 'chambers.error.alreadyMember' })
      const values = { memberNumber: input.memberNumber, status: 'verified' as const, decidedBy: input.actorId, decidedAt: now, verifiedAt: now }
      if (existing) await tx.update(chamberMemberships).set(values).where(eq(chamberMemberships.id, existing.id))
      else await tx.insert(chamberMemberships).values({ ...values, chamberId: input.chamberId, companyId: input.companyId, requestedAt: now })
      await syncVerifiedFlag(tx, input.companyId)
      await finish(tx, { ...input, companyName, status: 'verified', direct: true })
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict({ memberNumber: 'chambers.error.alreadyMember' })
    throw error
  }
}

/** The audit entry and the owners' mail of every decision. */
async function finish(
  tx: Database,
  d: { chamberId: string; actorId: string; companyId: string; companyName: string; memberNumber: string; status: MembershipStatus; direct?: boolean },
) {
  const chamberName = (await organizationName(tx, d.chamberId, 'chamber'))!
  const meta = { chamberId: d.chamberId, ...(d.direct ? { direct: true } : {}) }
  await recordAudit({ actorId: d.actorId, action: `chamber.membership-${d.status}`, targetType: 'organization', targetId: d.companyId, meta }, tx)
  await mailCompanyOwners(tx, d.companyId, { companyName: d.companyName, chamberName, memberNumber: d.memberNumber, status: d.status })
}
