import { eq } from 'drizzle-orm'
import { translate, type Lang, type MessageKey } from '~/i18n'
import { getEnv } from '~/utils/env.server'
import type { Database } from '../../../db/client'
import { organizationMembers, users } from '../../../db/schema'
import { queueMail } from '../mail/mail.server'
import type { ModerationAction } from '../../../values/moderation'

export const reporterName = (lang: Lang, name: string | null) => name ?? translate(lang, 'moderation.mail.someone')

async function providerPeople(tx: Database, organizationId: string) {
  return tx
    .select({ name: users.name, email: users.email, lang: users.lang })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
}

export interface Statement {
  organizationId: string
  companyName: string
  contentTitle: string
  action: ModerationAction
  rule: string
  statement: string
  /** The risk check found it, not a person's notice (Art. 17(3)(c) DSA asks to say so). */
  isAutomated: boolean
}

/**
 * The statement of reasons (DSA Art. 17) to everyone of the company: what was decided about which
 * content, why, on which rule, and how to object.
 */
export async function mailStatement(tx: Database, s: Statement) {
  const link = `${getEnv().APP_ORIGIN}/employer/moderation`
  for (const person of await providerPeople(tx, s.organizationId)) {
    const t = (key: MessageKey) => translate(person.lang, key)
    const params = {
      name: person.name,
      company: s.companyName,
      title: s.contentTitle,
      action: t(`moderation.action.${s.action}` as MessageKey),
      rule: `${t(`moderation.rule.${s.rule}` as MessageKey)} – ${t(`moderation.rule.${s.rule}.basis` as MessageKey)}`,
      statement: s.statement,
      source: t(s.isAutomated ? 'moderation.mail.source.automated' : 'moderation.mail.source.notice'),
      link,
    }
    await queueMail({ to: person.email, template: 'moderation-statement', lang: person.lang, params }, tx)
  }
}

/** The company hears how its objection was decided. */
export async function mailObjectionOutcome(tx: Database, o: { organizationId: string; contentTitle: string; outcome: 'upheld' | 'reversed'; note: string }) {
  const link = `${getEnv().APP_ORIGIN}/employer/moderation`
  for (const person of await providerPeople(tx, o.organizationId)) {
    const params = { name: person.name, title: o.contentTitle, outcome: translate(person.lang, `moderation.objection.outcome.${o.outcome}`), note: o.note, link }
    await queueMail({ to: person.email, template: 'objection-decided', lang: person.lang, params }, tx)
  }
}

/** Everyone who reported and left an address hears the decision (Art. 16(5) DSA). */
export async function mailReporters(tx: Database, reports: Array<{ reporterEmail: string | null; reporterName: string | null; reporterLang: Lang; title: string }>, action: ModerationAction) {
  for (const r of reports) {
    if (!r.reporterEmail) continue
    const params = { name: reporterName(r.reporterLang, r.reporterName), title: r.title, action: translate(r.reporterLang, `moderation.action.${action}`) }
    await queueMail({ to: r.reporterEmail, template: 'report-decided', lang: r.reporterLang, params }, tx)
  }
}
