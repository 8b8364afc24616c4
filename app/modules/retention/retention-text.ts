import { LOCALES, translate, type Lang } from '~/i18n'
import { dateTimeFormat, pluralRules } from '~/utils/intl'
import type { Period, RetentionConfig } from './retention-config'

/** "6 Monate", "30 days": a period as a person reads it. */
export function formatPeriod(lang: Lang, period: Period): string {
  const form = pluralRules(LOCALES[lang]).select(period.amount) === 'one' ? 'one' : 'other'
  return translate(lang, `retention.${period.unit}.${form}`, { n: period.amount })
}

/** A deletion date as the notices and the privacy notice write it, in German time. */
export function formatRetentionDate(lang: Lang, date: Date): string {
  return dateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date)
}

/** The lines of the privacy notice's retention section, in the order of docs/retention.md. */
export const PRIVACY_NOTICE_ITEMS = [
  'account',
  'unverified',
  'inactive',
  'applications',
  'documents',
  'counselling',
  'emails',
  'signIn',
  'audit',
  'listings',
  'reports',
  'views',
  'logs',
  'legal',
] as const

/** The privacy notice's retention section as Markdown-like lines, every period taken from the configuration. */
export function privacyNoticeRetention(lang: Lang, config: RetentionConfig): string {
  const p = Object.fromEntries(Object.entries(config).map(([rule, period]) => [rule, formatPeriod(lang, period)]))
  return PRIVACY_NOTICE_ITEMS.map((item) => `- ${translate(lang, `retention.notice.${item}`, p)}`).join('\n')
}
