import { useLang, useT } from '~/i18n'
import type { TimelineEntry } from '~/modules/applications/timeline.server'
import { formatDateTime } from './format'

interface TimelineProps {
  entries: TimelineEntry[]
  /** Whose page it is: the seeker reads "your message", the company reads names of its members. */
  audience: 'seeker' | 'company'
  companyName: string
}

/** The application's history, oldest first, as an ordered list. */
export function Timeline({ entries, audience, companyName }: TimelineProps) {
  const t = useT()
  const lang = useLang()
  const status = (s: TimelineEntry['toStatus']) => (s ? t(`applications.status.${s}`) : '')
  const title = (e: TimelineEntry) => {
    switch (e.kind) {
      case 'status':
        return e.fromStatus ? t('applications.timeline.status', { from: status(e.fromStatus), to: status(e.toStatus) }) : t('applications.timeline.applied')
      case 'withdrawn':
        return t('applications.timeline.withdrawn')
      case 'note':
        return t('applications.timeline.note')
      case 'message':
        if (e.fromSide === 'company') return t('applications.timeline.messageFromCompany', { company: companyName })
        return audience === 'seeker' ? t('applications.timeline.yourMessage') : t('applications.timeline.messageFromSeeker')
    }
  }
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.id} className={`timeline__entry timeline__entry--${e.kind} timeline__entry--${e.fromSide}`}>
          <p className="timeline__head">
            <strong>{title(e)}</strong>{' '}
            <time dateTime={e.at} className="muted">
              {formatDateTime(lang, e.at)}
            </time>
            {e.actorName ? <span className="muted"> · {t('applications.timeline.by', { name: e.actorName })}</span> : null}
          </p>
          {e.text ? <p className="timeline__text">{e.kind === 'withdrawn' ? t('applications.timeline.reason', { reason: e.text }) : e.text}</p> : null}
        </li>
      ))}
    </ol>
  )
}
