import { LOCALES, translate, useLang, type Lang } from '~/i18n'
import { EVENT_TIME_ZONE } from '~/utils/berlin-time'

// Built from parts whose output is the same in Node and in browsers, so the page hydrates without a
// mismatch; the time zone is Germany's, where the events happen, whatever the visitor's is.
const dayFormat = (lang: Lang) =>
  new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: EVENT_TIME_ZONE })
const clockFormat = (lang: Lang) => new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: EVENT_TIME_ZONE })

export const formatEventDay = (lang: Lang, at: string) => dayFormat(lang).format(new Date(at))

/** "Freitag, 1. Mai 2026, 10:00–16:00 Uhr", or both days when it runs over midnight. */
export function formatEventTime(lang: Lang, startsAt: string, endsAt: string): string {
  const [startDay, endDay] = [startsAt, endsAt].map((at) => formatEventDay(lang, at))
  const [start, end] = [startsAt, endsAt].map((at) => clockFormat(lang).format(new Date(at)))
  if (startDay === endDay) return translate(lang, 'events.time.sameDay', { day: startDay, start, end })
  return translate(lang, 'events.time.days', { startDay, start, endDay, end })
}

/** An event's time as people read it, with machine-readable start and end. */
export function EventTime({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const lang = useLang()
  return (
    <time dateTime={startsAt} data-ends={endsAt}>
      {formatEventTime(lang, startsAt, endsAt)}
    </time>
  )
}
