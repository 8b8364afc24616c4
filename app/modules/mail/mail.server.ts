import { translate, type Lang, type MessageKey, type Params } from '~/i18n'
import { getDb, type Database } from '../../../db/client'
import { outboundEmails } from '../../../db/schema'

export type MailTemplate =
  | 'verify-email'
  | 'reset-password'
  | 'change-email'
  | 'invite'
  | 'search-alert'
  | 'listing-expiring'
  | 'application-received'
  | 'application-new'
  | 'application-status'
  | 'application-message'
  | 'application-message-company'
  | 'application-withdrawn'
  | 'application-erased'
  | 'application-company-left'
  | 'reply-reminder'
  // Candidate search and invitations (dictionary: candidates.*)
  | 'candidate-invitation'
  | 'invitation-answered'
  // Chamber memberships (dictionary: chambers.*)
  | 'membership-requested'
  | 'membership-decided'
  // Counselling and passing on (dictionary: counselling.*)
  | 'referral-offer'
  | 'counselling-recommendation'
  // Retention notices (dictionary: retention.*)
  | 'application-data-deletion'
  | 'account-inactive'
  // Reports and moderation (dictionary: moderation.*)
  | 'report-received'
  | 'report-decided'
  | 'moderation-statement'
  | 'objection-decided'

interface MailInput {
  to: string
  template: MailTemplate
  lang: Lang
  params: Params & { link?: string }
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Makes the (already escaped) web addresses of a paragraph clickable. */
const linkify = (html: string) => html.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)

/** Renders a mail from the dictionaries: a plain-text part always, HTML as a simple mirror of it. */
export function renderMail({ template, lang, params }: Omit<MailInput, 'to'>) {
  const key = (part: string) => `mail.${template}.${part}` as MessageKey
  const subject = translate(lang, key('subject'), params)
  const body = translate(lang, key('body'), params)
  const footer = translate(lang, 'mail.footer')
  const text = [translate(lang, 'mail.greeting', params), '', body, ...(params.link ? ['', params.link] : []), '', '--', footer].join('\n')
  const html = [
    `<p>${escapeHtml(translate(lang, 'mail.greeting', params))}</p>`,
    ...body.split('\n\n').map((p) => `<p>${linkify(escapeHtml(p)).replace(/\n/g, '<br>')}</p>`),
    params.link ? `<p><a href="${escapeHtml(params.link)}">${escapeHtml(params.link)}</a></p>` : '',
    `<p style="color:#555">${escapeHtml(footer)}</p>`,
  ].join('\n')
  return { subject, text, html }
}

/**
 * Queues a mail in the same transaction as the change it reports; the worker delivers it
 * (SMTP_URL set) or leaves it for /dev/mail.
 */
export async function queueMail(input: MailInput, tx: Database = getDb()) {
  const { subject, text, html } = renderMail(input)
  await tx.insert(outboundEmails).values({ toAddress: input.to, template: input.template, subject, textBody: text, htmlBody: html })
}
