import { translate, type Lang } from '~/i18n'

/** "3 Std." or "2 Tage": how long something has waited, as of the loader's `now`. */
export function formatAge(lang: Lang, since: string, now: string): string {
  const hours = Math.max(0, Math.floor((Date.parse(now) - Date.parse(since)) / 3_600_000))
  if (hours < 48) return translate(lang, 'moderation.age.hours', { count: hours })
  return translate(lang, 'moderation.age.days', { count: Math.floor(hours / 24) })
}
