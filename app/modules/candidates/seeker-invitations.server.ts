import { and, desc, eq, sql } from 'drizzle-orm'
import { Conflict, NotFound } from '~/utils/errors'
import { accept, type Checked } from '~/utils/form-check'
import { listingPath } from '~/utils/slug'
import { getDb } from '../../../db/client'
import { applications, invitations, listings, organizations, places, seekerProfiles } from '../../../db/schema'
import { isOpenListing } from '../listings/cards.server'
import { recordAudit } from '../security/audit.server'
import { pseudonymKeyring } from './candidate-id.server'
import type { InvitationAnswer, InvitationAnswerInput } from './candidates.schema'
import { mailInvitationAnswer } from './invitation-mail.server'
import type { InvitationStatus } from '../../../values/employer-tools'

export interface MyInvitation {
  id: string
  status: InvitationStatus
  companyName: string
  companySlug: string
  listingId: number
  listingTitle: string
  listingPath: string
  placeName: string
  /** Still published and not expired: applying is possible. */
  isListingOpen: boolean
  /** The seeker's application to the listing, if they applied. */
  applicationId: string | null
  message: string
  createdAt: string
  answeredAt: string | null
}

/**
 * The seeker's invitations, open ones first, and whether companies can find them now. Invitations
 * stay here when the seeker turns findability off: they were sent while it was on.
 */
export async function listMyInvitations(seekerId: string): Promise<{ invitations: MyInvitation[]; isFindable: boolean }> {
  const db = getDb()
  const rows = await db
    .select({
      id: invitations.id,
      status: invitations.status,
      companyName: organizations.name,
      companySlug: organizations.slug,
      listingId: listings.id,
      listingTitle: listings.title,
      placeName: places.name,
      isListingOpen: sql<boolean>`${isOpenListing()}`,
      applicationId: applications.id,
      message: invitations.message,
      createdAt: invitations.createdAt,
      answeredAt: invitations.answeredAt,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .innerJoin(listings, eq(listings.id, invitations.listingId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .leftJoin(applications, and(eq(applications.listingId, invitations.listingId), eq(applications.seekerId, seekerId)))
    .where(eq(invitations.seekerId, seekerId))
    .orderBy(desc(sql`${invitations.status} = 'pending'`), desc(invitations.createdAt))
  const [profile] = await db.select({ isFindable: seekerProfiles.isFindable }).from(seekerProfiles).where(eq(seekerProfiles.userId, seekerId))
  return {
    invitations: rows.map((r) => ({
      ...r,
      listingPath: listingPath(r.listingId, r.listingTitle),
      createdAt: r.createdAt.toISOString(),
      answeredAt: r.answeredAt?.toISOString() ?? null,
    })),
    isFindable: profile?.isFindable ?? false,
  }
}

/**
 * Accepts or declines an open invitation of the seeker's own (anyone else's is a 404). Accepting
 * shares name and e-mail with the inviting company; either answer is mailed to the inviting member.
 */
export async function answerInvitation(input: {
  seekerId: string
  invitationId: string
  /** Parsed by the route; refused only once the invitation is found to be the seeker's. */
  answer: Checked<InvitationAnswerInput>
}): Promise<{ answer: InvitationAnswer; listingId: number }> {
  const { invitationId } = input
  const pseudonymsOf = await pseudonymKeyring()
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ status: invitations.status, organizationId: invitations.organizationId, invitedBy: invitations.invitedBy, listingId: invitations.listingId, listingTitle: listings.title })
      .from(invitations)
      .innerJoin(listings, eq(listings.id, invitations.listingId))
      .where(and(eq(invitations.id, invitationId), eq(invitations.seekerId, input.seekerId)))
      .for('update', { of: invitations })
    if (!row) throw new NotFound('invitation')
    // Whose first, then what: someone else's invitation is a 404 whatever the answer says.
    const { answer } = accept(input.answer)
    if (row.status !== 'pending') throw new Conflict({}, 'candidates.answer.already')
    await tx
      .update(invitations)
      .set({ status: answer === 'accept' ? 'accepted' : 'declined', answeredAt: new Date() })
      .where(eq(invitations.id, invitationId))
    const candidateId = pseudonymsOf(row.organizationId).toPseudonym(input.seekerId)
    await mailInvitationAnswer(tx, { ...row, candidateId }, answer)
    await recordAudit({ actorId: input.seekerId, action: answer === 'accept' ? 'invitation.accepted' : 'invitation.declined', targetType: 'invitation', targetId: invitationId }, tx)
    return { answer, listingId: row.listingId }
  })
}
