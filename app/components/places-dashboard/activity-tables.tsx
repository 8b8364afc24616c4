import { Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import type { OverdueMember, WeekRow } from '~/modules/chambers/places-activity.server'
import type { ClosingListing } from '~/modules/chambers/places-dashboard.server'
import { formatCount, formatDate } from '~/utils/format'
import { TableRegion } from '~/components/table-region'

const num = 'num'

/** New places and applications per week: the values behind the trend chart. */
export function TrendTable({ weeks }: { weeks: WeekRow[] }) {
  const t = useT()
  const lang = useLang()
  return (
    <TableRegion label={t('places.trend.chart')}>
      <table className="table places-table">
        <caption className="visually-hidden">{t('places.trend.chart')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('places.col.week')}</th>
            <th scope="col" className={num}>
              {t('places.col.newPlaces')}
            </th>
            <th scope="col" className={num}>
              {t('places.col.newApplications')}
            </th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{formatDate(lang, week.weekStart)}</th>
              <td className={num}>{formatCount(lang, week.places)}</td>
              <td className={num}>{formatCount(lang, week.applications)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}

/** Open listings starting soon with no or few applications. */
export function ClosingTable({ listings }: { listings: ClosingListing[] }) {
  const t = useT()
  const lang = useLang()
  return (
    <TableRegion label={t('places.closing.title')}>
      <table className="table places-table">
        <caption className="visually-hidden">{t('places.closing.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('places.col.listing')}</th>
            <th scope="col">{t('places.col.company')}</th>
            <th scope="col">{t('places.col.place')}</th>
            <th scope="col">{t('places.col.start')}</th>
            <th scope="col" className={num}>
              {t('places.col.places')}
            </th>
            <th scope="col" className={num}>
              {t('places.col.applications')}
            </th>
          </tr>
        </thead>
        <tbody>
          {listings.map((listing) => (
            <tr key={listing.id}>
              <th scope="row">
                <Link to={`/jobs/${listing.id}`}>{listing.title}</Link>
              </th>
              <td>{listing.company}</td>
              <td>{listing.place}</td>
              <td>{formatDate(lang, listing.startDate)}</td>
              <td className={num}>{formatCount(lang, listing.places)}</td>
              <td className={num}>{formatCount(lang, listing.applications)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}

/** Members with applications past the reply deadline, most first. */
export function OverdueTable({ members }: { members: OverdueMember[] }) {
  const t = useT()
  const lang = useLang()
  return (
    <TableRegion label={t('places.overdue.title')}>
      <table className="table places-table">
        <caption className="visually-hidden">{t('places.overdue.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('places.col.company')}</th>
            <th scope="col" className={num}>
              {t('places.col.overdueCount')}
            </th>
            <th scope="col">{t('places.col.overdueSince')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.companyId}>
              <th scope="row">
                <Link to={`/companies/${member.slug}`}>{member.company}</Link>
              </th>
              <td className={num}>{formatCount(lang, member.count)}</td>
              <td>{formatDate(lang, member.oldestOverdueAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
