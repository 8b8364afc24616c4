import { and, desc, eq, sql } from 'drizzle-orm'
import { Conflict, Invalid, NotFound } from '~/utils/errors'
import { accept, type Checked } from '~/utils/form-check'
import { getDb, type Database } from '../../../db/client'
import { invitations, listings, organizations, seekerProfiles, users } from '../../../db/schema'
import { isOpenListing } from '../listings/cards.server'
import { recordAudit } from '../security/audit.server'
import { candidatePseudonyms, resolveCandidate } from './candidate-id.server'
import type { InviteInput } from './candidates.schema'
import { mailInvitation } from './invitation-mail.server'
import { isFindableBy, isVisibleTo } from './visibility.server'
import type { InvitationStatus } from '../../../values/employer-tools'

/**
 * Invites a findable (or passed-on) candidate to apply for one of the company's open listings and
 * mails them. One invitation per listing and person: a second try changes nothing and answers
 * with the first (`created: false`).
 */
export async function inviteCandidate(input: {
  organizationId: string
  actorId: string
  candidateId: string
  /** Parsed by the route; refused only once the candidate is one the company may see. */
  form: Checked<InviteInput>
}): Promise<{ invitationId: string; created: boolean }> {
  const { organizationId, actorId } = input
  const seekerId = await resolveCandidate(organizationId, input.candidateId)
  return getDb().transaction(async (tx) => {
    const [seeker] = await tx
      .select({ email: users.email, name: users.name, lang: users.lang })
      .from(users)
      .leftJoin(seekerProfiles, eq(seekerProfiles.userId, users.id))
      .where(and(eq(users.id, seekerId), isFindableBy(organizationId)))
    if (!seeker) throw new NotFound('candidate')
    // Whom first, then what: a candidate the company may not see is a 404 whatever the form holds.
    const { listingId, message } = accept(input.form)
    const [listing] = await tx
      .select({ title: listings.title, companyName: organizations.name })
      .from(listings)
      .innerJoin(organizations, eq(organizations.id, listings.organizationId))
      .where(and(eq(listings.id, listingId), eq(listings.organizationId, organizationId), isOpenListing()))
    if (!listing) throw new Invalid({ listingId: 'candidates.invite.error.listing' })

    const [created] = await tx
      .insert(invitations)
      .values({ organizationId, listingId, seekerId, invitedBy: actorId, message })
      .onConflictDoNothing({ target: [invitations.listingId, invitations.seekerId] })
      .returning({ id: invitations.id })
    if (!created) {
      const [existing] = await tx
        .select({ id: invitations.id })
        .from(invitations)
        .where(and(eq(invitations.listingId, listingId), eq(invitations.seekerId, seekerId)))
      return { invitationId: existing.id, created: false }
    }
    await mailInvitation(tx, seeker, { company: listing.companyName, listing: listing.title })
    await recordAudit({ actorId, action: 'invitation.sent', targetType: 'invitation', targetId: created.id, meta: { listingId } }, tx)
    return { invitationId: created.id, created: true }
  })
}

/** Takes back an invitation not answered yet; the company is in the WHERE clause, so another's is a 404. */
export async function withdrawInvitation(input: { organizationId: string; actorId: string; invitationId: string }): Promise<void> {
  const { invitationId } = input
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ status: invitations.status })
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.organizationId, input.organizationId)))
      .for('update')
    if (!row) throw new NotFound('invitation')
    if (row.status !== 'pending') throw new Conflict({}, 'candidates.withdraw.answered')
    await tx.delete(invitations).where(eq(invitations.id, invitationId))
    await recordAudit({ actorId: input.actorId, action: 'invitation.withdrawn', targetType: 'invitation', targetId: invitationId }, tx)
  })
}

export interface SentInvitation {
  id: string
  status: InvitationStatus
  listingId: number
  listingTitle: string
  createdAt: string
  answeredAt: string | null
  /** The candidate's pseudonym for this company; null when their page is closed to it now. */
  candidateId: string | null
  initial: string
  /** Shared by accepting; null for pending and declined invitations. */
  contact: { name: string; email: string } | null
}

/** How many sent invitations the list shows; accepted ones come first, so their contacts stay at hand. */
export const SENT_LIST_LIMIT = 100

/** The company's invitations, accepted first and then the newest, with names and e-mails only for accepted ones. */
export async function listSentInvitations(organizationId: string, db: Database = getDb()): Promise<SentInvitation[]> {
  const isAccepted = sql`${invitations.status} = 'accepted'`
  const rows = await db
    .select({
      id: invitations.id,
      status: invitations.status,
      listingId: invitations.listingId,
      listingTitle: listings.title,
      createdAt: invitations.createdAt,
      answeredAt: invitations.answeredAt,
      seekerId: invitations.seekerId,
      isVisible: sql<boolean>`${isVisibleTo(organizationId)}`,
      initial: sql<string>`upper(left(btrim(${users.name}), 1))`,
      name: sql<string | null>`case when ${isAccepted} then ${users.name} end`,
      email: sql<string | null>`case when ${isAccepted} then ${users.email} end`,
    })
    .from(invitations)
    .innerJoin(listings, eq(listings.id, invitations.listingId))
    .innerJoin(users, eq(users.id, invitations.seekerId))
    .leftJoin(seekerProfiles, eq(seekerProfiles.userId, users.id))
    .where(eq(invitations.organizationId, organizationId))
    .orderBy(desc(isAccepted), desc(invitations.createdAt))
    .limit(SENT_LIST_LIMIT)
  const pseudonyms = await candidatePseudonyms(organizationId, db)
  return rows.map(({ seekerId, isVisible, name, email, ...r }) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    answeredAt: r.answeredAt?.toISOString() ?? null,
    candidateId: isVisible ? pseudonyms.toPseudonym(seekerId) : null,
    contact: name !== null && email !== null ? { name, email } : null,
  }))
}
