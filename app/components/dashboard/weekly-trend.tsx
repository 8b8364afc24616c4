import { LOCALES, useLang, useT, type Lang } from '~/i18n'
import type { TrendWeek } from '~/modules/dashboard/trend.server'
import { formatCount } from '~/utils/format'
import { TableRegion } from '~/components/table-region'

const BAR_WIDTH = 120

const shortDay = (lang: Lang, day: string) =>
  new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))

/** The number is the cell's text; the bar beside it only repeats it for the eye. */
function BarCell({ value, max, lang }: { value: number; max: number; lang: Lang }) {
  const width = max > 0 ? Math.round((value / max) * BAR_WIDTH) : 0
  return (
    <td className="trend-cell">
      <svg className="trend-bar" viewBox={`0 0 ${BAR_WIDTH} 12`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect x="0" y="0" width={width} height="12" rx="2" />
      </svg>
      <span className="trend-value">{formatCount(lang, value)}</span>
    </td>
  )
}

/** Views and applications per week of the last eight weeks, as a table with bars. */
export function WeeklyTrend({ weeks }: { weeks: TrendWeek[] }) {
  const t = useT()
  const lang = useLang()
  const maxViews = Math.max(0, ...weeks.map((w) => w.views))
  const maxApplications = Math.max(0, ...weeks.map((w) => w.applications))
  return (
    <section className="stack" aria-labelledby="dashboard-trend-title">
      <h2 id="dashboard-trend-title">{t('dashboard.trend.title')}</h2>
      {/* No scrolling wrapper: the bars shrink instead, so a keyboard user never meets a region they cannot scroll. */}
      <TableRegion label={t('dashboard.trend.title')}>
        <table className="table trend-table">
          <caption className="muted">{t('dashboard.trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.trend.week')}</th>
              <th scope="col">{t('dashboard.trend.views')}</th>
              <th scope="col">{t('dashboard.trend.applications')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.from}>
                <th scope="row">{t('dashboard.trend.range', { from: shortDay(lang, w.from), to: shortDay(lang, w.to) })}</th>
                <BarCell value={w.views} max={maxViews} lang={lang} />
                <BarCell value={w.applications} max={maxApplications} lang={lang} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  )
}
