import { useLang, useT } from '~/i18n'
import type { DashboardTotals as Totals } from '~/modules/dashboard/dashboard.server'
import { formatCount } from '~/utils/format'
import { ReplyDuration } from './reply-duration'

/** The company's four headline figures. */
export function DashboardTotals({ totals }: { totals: Totals }) {
  const t = useT()
  const lang = useLang()
  return (
    <section className="stack" aria-labelledby="dashboard-totals-title">
      <h2 id="dashboard-totals-title">{t('dashboard.totals.title')}</h2>
      <dl className="dashboard-figures">
        <div className="dashboard-figure">
          <dt>{t('dashboard.totals.openListings')}</dt>
          <dd>{formatCount(lang, totals.openListings)}</dd>
        </div>
        <div className="dashboard-figure">
          <dt>{t('dashboard.totals.applications')}</dt>
          <dd>{formatCount(lang, totals.applicationsLast7Days)}</dd>
        </div>
        <div className={totals.overdue > 0 ? 'dashboard-figure dashboard-figure--alert' : 'dashboard-figure'}>
          <dt>{t('dashboard.totals.overdue')}</dt>
          <dd>{formatCount(lang, totals.overdue)}</dd>
        </div>
        <div className="dashboard-figure">
          <dt>{t('dashboard.totals.medianReply')}</dt>
          <dd>
            <ReplyDuration seconds={totals.medianReplySeconds} />
          </dd>
        </div>
      </dl>
    </section>
  )
}
