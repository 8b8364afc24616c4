import { useLang, useT } from '~/i18n'
import { pluralKey } from '~/utils/format'

const HOUR = 3600

/** A median reply time in words: hours while it is under two days, whole days after that. */
export function ReplyDuration({ seconds }: { seconds: number | null }) {
  const t = useT()
  const lang = useLang()
  if (seconds === null) return <span className="muted">{t('dashboard.reply.none')}</span>
  if (seconds < HOUR) return <>{t('dashboard.reply.underHour')}</>
  if (seconds < 48 * HOUR) {
    const hours = Math.round(seconds / HOUR)
    return <>{t(pluralKey(lang, hours, { one: 'dashboard.reply.hours.one', other: 'dashboard.reply.hours.other' }), { count: hours })}</>
  }
  const days = Math.round(seconds / (24 * HOUR))
  return <>{t(pluralKey(lang, days, { one: 'dashboard.reply.days.one', other: 'dashboard.reply.days.other' }), { count: days })}</>
}
