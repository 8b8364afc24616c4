import { renderToStaticMarkup } from 'react-dom/server'
import { Bar, BarChart, CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts'
import { LOCALES, translate, type Lang, type MessageKey } from '~/i18n'
import { formatCount } from '~/utils/format'
import type { WeekRow } from './places-activity.server'
import type { GapRow, PlacesDashboard } from './places-dashboard.server'

/*
 * Charts are drawn here, on the server, into SVG strings: recharts never reaches the browser, and the
 * page shows the same picture without JavaScript. Colours are SVG attributes, never `style`: the
 * Content-Security-Policy forbids inline styles, so recharts' own style attributes are stripped.
 */

/** The two series; the page's legend uses the same colours (places-dashboard.css). */
export const SERIES_COLOURS = { places: '#1a6b45', applications: '#b45309' } as const
const INK = '#18231e'
const GRID = '#d3ddd6'
const WIDTH = 720
/** Bars beyond this would make the chart unreadable; the table lists every row. */
export const CHART_MAX_ROWS = 10
/** Characters per line of a category label; a label gets up to two lines before it is shortened. */
const LINE_MAX = 30

/** Keeps the bare <svg> of recharts' markup, without the wrapper <div> and without style attributes. */
export function toSafeSvg(markup: string): string {
  const svg = markup.match(/<svg[\s\S]*<\/svg>/)?.[0]
  if (!svg) throw new Error('recharts rendered no <svg>')
  return svg.replace(/\sstyle="[^"]*"/g, '')
}

/**
 * A long occupation name ("Karosserie- und Fahrzeugbaumechaniker/in") on two lines, broken after a
 * space or hyphen near the middle, instead of being cut after a fixed number of characters.
 */
export function labelLines(label: string): string[] {
  if (label.length <= LINE_MAX) return [label]
  const breaks = [...label.matchAll(/[ \-/]/g)].map((m) => (m[0] === ' ' ? m.index : m.index + 1)).filter((i) => i > 0 && i <= LINE_MAX + 2)
  const at = breaks.length ? breaks[breaks.length - 1] : LINE_MAX
  const first = label.slice(0, at).trim()
  const rest = label.slice(at).trim()
  return [first, rest.length > LINE_MAX + 4 ? `${rest.slice(0, LINE_MAX + 3)}…` : rest]
}

/** recharts' tick with the label on one or two lines, centred on its bars. */
function CategoryTick(props: { x?: number; y?: number; payload?: { value: string } }) {
  const lines = labelLines(props.payload?.value ?? '')
  const first = lines.length === 1 ? '0.35em' : '-0.25em'
  return (
    <text x={props.x} y={props.y} textAnchor="end" fill={INK}>
      {lines.map((line, i) => (
        <tspan key={i} x={props.x} dy={i === 0 ? first : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

/** Open places and applications side by side, one pair of bars per row (the rows with the largest gap). */
export function renderGapChart(opts: { id: string; rows: GapRow[]; lang: Lang; title: string }): string {
  const { lang } = opts
  const rows = opts.rows.slice(0, CHART_MAX_ROWS).map((r) => ({ label: r.label, places: r.places, applications: r.applications }))
  const height = 60 + rows.length * 48
  const desc = translate(lang, 'places.chart.gapDesc', { shown: rows.length, total: opts.rows.length })
  return toSafeSvg(
    renderToStaticMarkup(
      <BarChart id={opts.id} width={WIDTH} height={height} data={rows} layout="vertical" role="img" title={opts.title} desc={desc} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={GRID} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fill: INK }} stroke={INK} tickFormatter={(v: number) => formatCount(lang, v)} />
        <YAxis type="category" dataKey="label" width={250} tick={<CategoryTick />} interval={0} stroke={INK} />
        <Bar dataKey="places" name={translate(lang, 'places.col.places')} fill={SERIES_COLOURS.places} isAnimationActive={false} />
        <Bar dataKey="applications" name={translate(lang, 'places.col.applications')} fill={SERIES_COLOURS.applications} isAnimationActive={false} />
      </BarChart>,
    ),
  )
}

/** "24.11." / "24 Nov": short enough for twelve ticks. */
function weekLabel(lang: Lang, weekStart: string) {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${weekStart}T00:00:00Z`))
}

/** New places and new applications per week, as two lines. */
export function renderTrendChart(opts: { id: string; weeks: WeekRow[]; lang: Lang; title: string }): string {
  const { lang } = opts
  const data = opts.weeks.map((w) => ({ label: weekLabel(lang, w.weekStart), places: w.places, applications: w.applications }))
  const desc = translate(lang, 'places.chart.trendDesc', { weeks: data.length })
  return toSafeSvg(
    renderToStaticMarkup(
      <LineChart id={opts.id} width={WIDTH} height={320} data={data} role="img" title={opts.title} desc={desc} margin={{ top: 16, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="label" tick={{ fill: INK }} stroke={INK} interval={0} angle={-35} textAnchor="end" height={56} />
        <YAxis allowDecimals={false} tick={{ fill: INK }} stroke={INK} tickFormatter={(v: number) => formatCount(lang, v)} />
        <Line dataKey="places" name={translate(lang, 'places.col.newPlaces')} stroke={SERIES_COLOURS.places} strokeWidth={3} dot={{ r: 4, fill: SERIES_COLOURS.places }} isAnimationActive={false} />
        <Line
          dataKey="applications"
          name={translate(lang, 'places.col.newApplications')}
          stroke={SERIES_COLOURS.applications}
          strokeWidth={3}
          strokeDasharray="6 4"
          dot={{ r: 4, fill: SERIES_COLOURS.applications }}
          isAnimationActive={false}
        />
      </LineChart>,
    ),
  )
}

export interface PlacesCharts {
  /** Null when there is no row to draw: the page then says so instead. */
  byOccupation: string | null
  byDistrict: string | null
  trend: string
}

/** Every chart of the dashboard, in the viewer's language. */
export function renderPlacesCharts(dashboard: Pick<PlacesDashboard, 'byOccupation' | 'byDistrict' | 'weeks'>, lang: Lang): PlacesCharts {
  const gap = (id: string, rows: GapRow[], title: MessageKey) => (rows.length ? renderGapChart({ id, rows, lang, title: translate(lang, title) }) : null)
  return {
    byOccupation: gap('chart-occupations', dashboard.byOccupation, 'places.byOccupation.chart'),
    byDistrict: gap('chart-districts', dashboard.byDistrict, 'places.byDistrict.chart'),
    trend: renderTrendChart({ id: 'chart-trend', weeks: dashboard.weeks, lang, title: translate(lang, 'places.trend.chart') }),
  }
}
