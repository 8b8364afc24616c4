import { Link } from '@remix-run/react'
import { useLang, useT, type MessageKey } from '~/i18n'
import type { QueueCase } from '~/modules/moderation/queue.server'
import { formatAge } from './age'

export type QueueItem = QueueCase

/** The open cases, oldest first, each with its count of reports and how long it has waited. */
export function QueueList({ cases, basePath, now }: { cases: QueueItem[]; basePath: string; now: string }) {
  const t = useT()
  const lang = useLang()
  if (cases.length === 0) return <p>{t('moderation.queue.empty')}</p>
  return (
    <ol className="case-list">
      {cases.map((c) => (
        <li key={c.key} className="card stack">
          <h2 className="case-list__title">
            <Link to={`${basePath}/${c.key}`}>{c.title}</Link>
          </h2>
          <p>
            {t(c.kind === 'listing' ? 'moderation.kind.listing' : 'moderation.kind.company')} · {c.companyName}
            {c.isRiskHold ? ` · ${t('moderation.queue.riskHold')}` : ''}
          </p>
          <p>
            {t('moderation.queue.reports', { count: c.reports })} · {c.reasons.map((r) => t(`moderation.reason.${r}` as MessageKey)).join(', ')} ·{' '}
            {t('moderation.queue.waiting', { age: formatAge(lang, c.oldestAt, now) })}
          </p>
        </li>
      ))}
    </ol>
  )
}
