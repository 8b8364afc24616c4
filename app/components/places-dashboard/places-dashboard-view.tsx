import { useLang, useT } from '~/i18n'
import type { PlacesCharts } from '~/modules/chambers/places-charts.server'
import type { PlacesDashboard } from '~/modules/chambers/places-dashboard.server'
import { formatCount, formatDate } from '~/utils/format'
import { ClosingTable, OverdueTable, TrendTable } from './activity-tables'
import { ServerChart } from './server-chart'
import { GapTable } from './gap-table'
import { PlacesFilterForm } from './places-filter-form'

/** The chamber's places dashboard: filter, totals, charts with their tables, and the two watch lists. */
export function PlacesDashboardView({ dashboard, charts }: { dashboard: PlacesDashboard; charts: PlacesCharts }) {
  const t = useT()
  const lang = useLang()
  const { totals } = dashboard
  const hasOpen = totals.listings > 0
  return (
    <section className="places stack" aria-labelledby="places-title">
      <h2 id="places-title">{t('places.title')}</h2>
      <p>{t('places.lead', { date: formatDate(lang, dashboard.today) })}</p>
      {totals.members === 0 ? <p className="alert alert--info">{t('places.noMembers')}</p> : null}
      <PlacesFilterForm filter={dashboard.filter} districts={dashboard.districts} />

      <dl className="places-totals" aria-label={t('places.totals.title')}>
        {(['members', 'listings', 'places', 'applications'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`places.totals.${key}`)}</dt>
            <dd>{formatCount(lang, totals[key])}</dd>
          </div>
        ))}
      </dl>

      <section className="stack" aria-labelledby="places-occupations">
        <h3 id="places-occupations">{t('places.byOccupation.title')}</h3>
        {hasOpen && charts.byOccupation ? (
          <>
            <p className="muted">{t('places.gapHint')}</p>
            <ServerChart svg={charts.byOccupation} places="places.col.places" applications="places.col.applications" />
            <GapTable rows={dashboard.byOccupation} labelColumn="places.col.occupation" caption={t('places.byOccupation.chart')} />
          </>
        ) : (
          <p>{t('places.empty')}</p>
        )}
      </section>

      <section className="stack" aria-labelledby="places-districts">
        <h3 id="places-districts">{t('places.byDistrict.title')}</h3>
        {hasOpen && charts.byDistrict ? (
          <>
            <ServerChart svg={charts.byDistrict} places="places.col.places" applications="places.col.applications" />
            <GapTable rows={dashboard.byDistrict} labelColumn="places.col.district" caption={t('places.byDistrict.chart')} withState />
          </>
        ) : (
          <p>{t('places.empty')}</p>
        )}
      </section>

      <section className="stack" aria-labelledby="places-trend">
        <h3 id="places-trend">{t('places.trend.title')}</h3>
        <p className="muted">{t('places.trend.hint')}</p>
        <ServerChart svg={charts.trend} places="places.col.newPlaces" applications="places.col.newApplications" />
        <details className="places-details">
          <summary>{t('places.trend.table')}</summary>
          <TrendTable weeks={dashboard.weeks} />
        </details>
      </section>

      <section className="stack" aria-labelledby="places-closing">
        <h3 id="places-closing">{t('places.closing.title')}</h3>
        <p className="muted">{t('places.closing.hint', { few: dashboard.fewApplications })}</p>
        {dashboard.closingSoon.length ? <ClosingTable listings={dashboard.closingSoon} /> : <p>{t('places.closing.empty')}</p>}
      </section>

      <section className="stack" aria-labelledby="places-overdue">
        <h3 id="places-overdue">{t('places.overdue.title')}</h3>
        <p className="muted">{t('places.overdue.hint')}</p>
        {dashboard.overdue.length ? <OverdueTable members={dashboard.overdue} /> : <p>{t('places.overdue.empty')}</p>}
      </section>
    </section>
  )
}
