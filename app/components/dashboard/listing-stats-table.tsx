import { Link } from '@remix-run/react'
import { StatusBadge } from '~/components/employer/status-badge'
import { useLang, useT } from '~/i18n'
import type { DashboardListing } from '~/modules/dashboard/dashboard.server'
import { formatCount } from '~/utils/format'
import { ReplyDuration } from './reply-duration'
import { TableRegion } from '~/components/table-region'

/** Per listing: views, applications, reply time and overdue, with the ways to its applicants. */
export function ListingStatsTable({ items }: { items: DashboardListing[] }) {
  const t = useT()
  const lang = useLang()
  const n = (value: number) => formatCount(lang, value)
  return (
    <TableRegion label={t('dashboard.listings.title')}>
      <table className="table dashboard-table" aria-labelledby="dashboard-listings-title">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.col.listing')}</th>
            <th scope="col">{t('dashboard.col.views')}</th>
            <th scope="col">{t('dashboard.col.applications')}</th>
            <th scope="col">{t('dashboard.col.reply')}</th>
            <th scope="col">{t('dashboard.col.overdue')}</th>
            <th scope="col">{t('dashboard.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((l) => {
            const about = <span className="visually-hidden"> {t('dashboard.action.about', { title: l.title })}</span>
            return (
              <tr key={l.id} data-listing-id={l.id}>
                <th scope="row">
                  <Link to={`/employer/listings/${l.id}`}>{l.title}</Link>
                  <br />
                  <StatusBadge status={l.status} />
                </th>
                <td>
                  {t('dashboard.views.total', { count: n(l.views) })}
                  <br />
                  <span className="muted">{t('dashboard.views.recent', { count: n(l.viewsLast7Days) })}</span>
                </td>
                <td>
                  {t('dashboard.applications.total', { count: n(l.applications) })}
                  <br />
                  <span className={l.unread > 0 ? 'dashboard-unread' : 'muted'}>{t('dashboard.applications.unread', { count: n(l.unread) })}</span>
                </td>
                <td>
                  <ReplyDuration seconds={l.medianReplySeconds} />
                </td>
                <td>{l.overdue > 0 ? <strong className="dashboard-overdue">{n(l.overdue)}</strong> : n(0)}</td>
                <td>
                  <ul className="dashboard-actions">
                    <li>
                      <Link to={`/employer/listings/${l.id}/applications`}>
                        {t('dashboard.action.applicants')}
                        {about}
                      </Link>
                    </li>
                    <li>
                      {/* A file, not a page: the browser downloads it instead of Remix navigating. */}
                      <a href={`/employer/listings/${l.id}/applicants.csv`} download>
                        {t('dashboard.action.csv')}
                        {about}
                      </a>
                    </li>
                  </ul>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableRegion>
  )
}
