import { LOCALES, type Lang } from '~/i18n'
import { dateTimeFormat, numberFormat } from '~/utils/intl'

/** "12. Mai 2026, 14:05" in German time, the same on server and browser so hydration agrees. */
export function formatDateTime(lang: Lang, iso: string): string {
  return dateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso))
}

/** "240 KB", "1,2 MB". */
export function formatFileSize(lang: Lang, bytes: number): string {
  const mb = bytes / (1024 * 1024)
  const number = (value: number, digits: number) => numberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value)
  return mb >= 1 ? `${number(mb, 1)} MB` : `${number(Math.max(1, Math.round(bytes / 1024)), 0)} KB`
}
