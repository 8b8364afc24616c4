import { useT, type MessageKey } from '~/i18n'

/**
 * A chart drawn on the server (an SVG with role="img", its own <title> and <desc>) with a legend in
 * the page's colours. A table with every value always follows it: that is the accessible equivalent.
 */
export function ServerChart({ svg, places, applications }: { svg: string; places: MessageKey; applications: MessageKey }) {
  const t = useT()
  return (
    <div className="places-chart">
      <ul className="chart-legend" aria-label={t('places.legend')}>
        <li>
          <span className="chart-legend__swatch chart-legend__swatch--places" aria-hidden="true" />
          {t(places)}
        </li>
        <li>
          <span className="chart-legend__swatch chart-legend__swatch--applications" aria-hidden="true" />
          {t(applications)}
        </li>
      </ul>
      {/* The markup comes from recharts on our server: React escaped every label, style attributes are stripped. */}
      <div className="places-chart__svg" dangerouslySetInnerHTML={{ __html: svg }} />
    </div>
  )
}
