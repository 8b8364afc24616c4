import { eq } from 'drizzle-orm'
import { translate, type Lang, type Params } from '~/i18n'
import { getEnv } from '~/utils/env.server'
import type { Database } from '../../../db/client'
import { organizationMembers, users } from '../../../db/schema'
import { queueMail, type MailTemplate } from '../mail/mail.server'
import type { ApplicationStatus } from '../../../values/applications'

export interface Recipient {
  email: string
  name: string
  lang: Lang
}

/** Everyone in the company's team: applications are the whole team's work. */
export function companyRecipients(tx: Database, organizationId: string): Promise<Recipient[]> {
  return tx
    .select({ email: users.email, name: users.name, lang: users.lang })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
}

export const seekerLink = (applicationId: string) => `${getEnv().APP_ORIGIN}/me/applications/${applicationId}`
export const employerLink = (applicationId: string) => `${getEnv().APP_ORIGIN}/employer/applications/${applicationId}`

/**
 * Mails the company's members. These mails never carry the applicant's name or words: they stay
 * in the team's mailboxes (and in outbound_emails) after the seeker may have erased their account.
 */
export async function mailCompany(tx: Database, organizationId: string, template: MailTemplate, params: (lang: Lang) => Params & { link?: string }) {
  for (const member of await companyRecipients(tx, organizationId)) {
    await queueMail({ to: member.email, template, lang: member.lang, params: { ...params(member.lang), name: member.name } }, tx)
  }
}

export async function mailSeeker(tx: Database, seeker: Recipient, template: MailTemplate, params: (lang: Lang) => Params & { link?: string }) {
  await queueMail({ to: seeker.email, template, lang: seeker.lang, params: { ...params(seeker.lang), name: seeker.name } }, tx)
}

/** The status as the seeker reads it, e.g. "Vorstellungsgespräch". */
export const statusLabel = (lang: Lang, status: ApplicationStatus) => translate(lang, `applications.status.${status}`)

/** The company's words added to a status mail, or nothing. */
export function messageBlock(lang: Lang, company: string, text: string): string {
  return text ? `\n\n${translate(lang, 'applications.mail.messageFrom', { company })}\n\n${text}` : ''
}
