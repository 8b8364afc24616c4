import { Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import type { PipelineItem } from '~/modules/applications/pipeline.server'
import { formatDate } from '~/utils/format'
import { ApplicationStatusBadge, OverdueBadge } from './status-badge'
import { TableRegion } from '~/components/table-region'

/** The applications as a table; with `showListing` for the company-wide list. */
export function PipelineTable({ items, showListing = false }: { items: PipelineItem[]; showListing?: boolean }) {
  const t = useT()
  const lang = useLang()
  return (
    <TableRegion label={t('applications.pipeline.all')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('applications.col.applicant')}</th>
            {showListing ? <th scope="col">{t('applications.col.listing')}</th> : null}
            <th scope="col">{t('applications.col.received')}</th>
            <th scope="col">{t('applications.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/employer/applications/${a.id}`}>{a.applicantName ?? t('applications.pipeline.erased')}</Link>
              </td>
              {showListing ? (
                <td>
                  <Link to={`/employer/listings/${a.listingId}/applications`}>{a.listingTitle}</Link>
                </td>
              ) : null}
              <td>{formatDate(lang, a.createdAt)}</td>
              <td>
                <span className="inline">
                  <ApplicationStatusBadge status={a.status} />
                  {a.isOverdue ? <OverdueBadge /> : null}
                </span>
                {!a.hasReply && a.status !== 'withdrawn' ? <span className="muted">{t('applications.pipeline.noReply')}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
