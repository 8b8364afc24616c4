import { useLang, useT } from '~/i18n'
import { formatAge } from './age'
import type { QueueItem } from './queue-list'

/** How much waits and for how long: cases, reports, the oldest case's age. */
export function QueueSummary({ cases, now }: { cases: QueueItem[]; now: string }) {
  const t = useT()
  const lang = useLang()
  const reports = cases.reduce((sum, c) => sum + c.reports, 0)
  return (
    <dl className="figures card">
      <dt>{t('moderation.queue.openCases')}</dt>
      <dd>{cases.length}</dd>
      <dt>{t('moderation.queue.openReports')}</dt>
      <dd>{reports}</dd>
      <dt>{t('moderation.queue.riskHolds')}</dt>
      <dd>{cases.filter((c) => c.isRiskHold).length}</dd>
      <dt>{t('moderation.queue.oldest')}</dt>
      <dd>{cases.length > 0 ? formatAge(lang, cases[0].oldestAt, now) : '–'}</dd>
    </dl>
  )
}
