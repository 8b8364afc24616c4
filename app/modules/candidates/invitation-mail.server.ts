import { and, eq } from 'drizzle-orm'
import { translate } from '~/i18n'
import { getEnv } from '~/utils/env.server'
import type { Database } from '../../../db/client'
import { organizationMembers, users } from '../../../db/schema'
import { companyRecipients, type Recipient } from '../applications/notify.server'
import { queueMail } from '../mail/mail.server'
import type { InvitationAnswer } from './candidates.schema'

/** Tells the seeker, in their language, who invites them to which listing; the details wait at /me/invitations. */
export async function mailInvitation(tx: Database, seeker: Recipient, about: { company: string; listing: string }) {
  await queueMail(
    { to: seeker.email, template: 'candidate-invitation', lang: seeker.lang, params: { name: seeker.name, ...about, link: `${getEnv().APP_ORIGIN}/me/invitations` } },
    tx,
  )
}

/** The member who sent the invitation; the whole team when that person has left the company. */
async function inviterOrTeam(tx: Database, organizationId: string, invitedBy: string | null): Promise<Recipient[]> {
  if (invitedBy) {
    const inviter = await tx
      .select({ email: users.email, name: users.name, lang: users.lang })
      .from(organizationMembers)
      .innerJoin(users, eq(users.id, organizationMembers.userId))
      .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, invitedBy)))
    if (inviter.length) return inviter
  }
  return companyRecipients(tx, organizationId)
}

/**
 * Tells the inviting member the answer. The mail carries neither the person's name nor words: it
 * stays in mailboxes after the seeker may have erased their account; the page shows the contact.
 */
export async function mailInvitationAnswer(
  tx: Database,
  invitation: { organizationId: string; invitedBy: string | null; listingTitle: string; candidateId: string },
  answer: InvitationAnswer,
) {
  const origin = getEnv().APP_ORIGIN
  const link = answer === 'accept' ? `${origin}/employer/candidates/${invitation.candidateId}` : `${origin}/employer/candidates#invitations`
  for (const member of await inviterOrTeam(tx, invitation.organizationId, invitation.invitedBy)) {
    const params = {
      name: member.name,
      listing: invitation.listingTitle,
      answer: translate(member.lang, answer === 'accept' ? 'candidates.mail.accepted' : 'candidates.mail.declined'),
      details: translate(member.lang, answer === 'accept' ? 'candidates.mail.acceptedDetails' : 'candidates.mail.declinedDetails'),
      link,
    }
    await queueMail({ to: member.email, template: 'invitation-answered', lang: member.lang, params }, tx)
  }
}
