import { translate, type Lang, type MessageKey } from '~/i18n'
import { berlinDate } from '~/utils/intl'
import { toCsv, type CsvValue } from '~/utils/csv'
import type { PlacesDashboard } from './places-dashboard.server'

/**
 * The dashboard's tables as rows of one CSV file: what was chosen, then one section per table
 * (its title, its header, its rows), sections separated by an empty row. Kept apart from `toCsv`
 * so tests compare values, not quoting.
 */
export function placesCsvRows(dashboard: PlacesDashboard, opts: { lang: Lang; chamber: string }): CsvValue[][] {
  const t = (key: MessageKey) => translate(opts.lang, key)
  const { filter } = dashboard
  const offer = filter.offerType === 'all' ? t('places.filter.allOffers') : t(`offerType.${filter.offerType}`)
  const gapHeader = [t('places.col.places'), t('places.col.applications'), t('places.col.gap')]
  return [
    [`${t('places.title')} – ${opts.chamber}`],
    [t('listing.offerType'), offer],
    [t('places.filter.district'), filter.district ?? t('places.filter.allDistricts')],
    [t('places.csv.asOf'), dashboard.today],
    [],
    [t('places.byOccupation.title')],
    [t('places.col.occupation'), ...gapHeader],
    ...dashboard.byOccupation.map((r) => [r.label, r.places, r.applications, r.gap]),
    [],
    [t('places.byDistrict.title')],
    [t('places.col.district'), t('places.col.state'), ...gapHeader],
    ...dashboard.byDistrict.map((r) => [r.label, r.detail, r.places, r.applications, r.gap]),
    [],
    [t('places.trend.title')],
    [t('places.col.week'), t('places.col.newPlaces'), t('places.col.newApplications')],
    ...dashboard.weeks.map((w) => [w.weekStart, w.places, w.applications]),
    [],
    [t('places.closing.title')],
    [t('places.col.listing'), t('places.col.company'), t('places.col.place'), t('places.col.start'), t('places.col.places'), t('places.col.applications')],
    ...dashboard.closingSoon.map((l) => [l.title, l.company, l.place, l.startDate, l.places, l.applications]),
    [],
    [t('places.overdue.title')],
    [t('places.col.company'), t('places.col.overdueCount'), t('places.col.overdueSince')],
    ...dashboard.overdue.map((m) => [m.company, m.count, berlinDate(new Date(m.oldestOverdueAt))]),
  ]
}

/** The file as sent: see toCsv for the format German spreadsheets expect. */
export function placesCsv(dashboard: PlacesDashboard, opts: { lang: Lang; chamber: string }): string {
  return toCsv(placesCsvRows(dashboard, opts))
}

export function placesCsvFileName(dashboard: PlacesDashboard): string {
  return `passgenau-plaetze-${dashboard.filter.offerType}-${dashboard.today}.csv`
}
