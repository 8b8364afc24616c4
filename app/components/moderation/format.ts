import { LOCALES, type Lang } from '~/i18n'
import { dateTimeFormat } from '~/utils/intl'

const DATE_TIME = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' } as const

export function formatDateTime(lang: Lang, iso: string): string {
  return dateTimeFormat(LOCALES[lang], DATE_TIME).format(new Date(iso))
}
