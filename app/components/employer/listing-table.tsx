import { Form, Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import { formatDate } from '~/utils/format'
import { StatusBadge } from './status-badge'
import { TableRegion } from '~/components/table-region'
import type { ListingStatus } from '../../../values/listings'

export interface ListingRow {
  id: number
  title: string
  offerType: string
  status: ListingStatus
  placeName: string
  publishedAt: string | null
  expiresAt: string | null
  updatedAt: string
}

/** The company's listings with what can be done to each without opening it. */
export function ListingTable({ items }: { items: ListingRow[] }) {
  const t = useT()
  const lang = useLang()
  return (
    <TableRegion label={t('employer.listings.title')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('employer.listing.title')}</th>
            <th scope="col">{t('employer.listings.status')}</th>
            <th scope="col">{t('employer.listings.dates')}</th>
            <th scope="col">{t('employer.listings.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((l) => (
            <tr key={l.id}>
              <td>
                <Link to={`/employer/listings/${l.id}`}>{l.title}</Link>
                <br />
                <span className="muted">
                  {t(`offerType.${l.offerType}` as 'offerType.job')} · {l.placeName}
                </span>
              </td>
              <td>
                <StatusBadge status={l.status} />
              </td>
              <td>
                {l.publishedAt ? t('employer.lifecycle.publishedAt', { date: formatDate(lang, l.publishedAt) }) : t('employer.listings.updatedAt', { date: formatDate(lang, l.updatedAt) })}
                {l.expiresAt && l.status === 'published' ? (
                  <>
                    <br />
                    {t('employer.lifecycle.expiresAt', { date: formatDate(lang, l.expiresAt) })}
                  </>
                ) : null}
              </td>
              <td>
                <Form method="post" className="inline">
                  <input type="hidden" name="listingId" value={l.id} />
                  {l.status === 'draft' ? (
                    <button type="submit" name="intent" value="publish" className="button button--small" aria-label={t('employer.listings.publishOne', { title: l.title })}>
                      {t('employer.listing.publish')}
                    </button>
                  ) : null}
                  {l.status === 'published' || l.status === 'expired' ? (
                    <button type="submit" name="intent" value="renew" className="button button--small" aria-label={t('employer.listings.renewOne', { title: l.title })}>
                      {t('employer.lifecycle.renew')}
                    </button>
                  ) : null}
                  <button type="submit" name="intent" value="duplicate" className="button button--small" aria-label={t('employer.listings.duplicateOne', { title: l.title })}>
                    {t('employer.lifecycle.duplicate')}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
