import { Form, Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import type { ChamberPromotion } from '~/modules/chambers/promotions.server'
import { formatDate } from '~/utils/format'
import { TableRegion } from '~/components/table-region'

/** The chamber's running and planned promotions, each with a button to end it early. */
export function PromotionTable({ promotions }: { promotions: ChamberPromotion[] }) {
  const t = useT()
  const lang = useLang()
  if (promotions.length === 0) return <p>{t('chambers.promotions.none')}</p>
  return (
    <TableRegion label={t('chambers.promotions.list')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('chambers.promotions.listing')}</th>
            <th scope="col">{t('chambers.promotions.company')}</th>
            <th scope="col">{t('chambers.promotions.period')}</th>
            <th scope="col">{t('chambers.promotions.state')}</th>
            <th scope="col">{t('chambers.membership.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {promotions.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link to={p.listingPath}>{p.listingTitle}</Link>
              </th>
              <td>{p.companyName}</td>
              <td>{t('chambers.promotions.range', { from: formatDate(lang, p.startsOn), to: formatDate(lang, p.endsOn) })}</td>
              <td>{t(p.isCurrent ? 'chambers.promotions.current' : 'chambers.promotions.upcoming')}</td>
              <td>
                <Form method="post" className="inline">
                  <input type="hidden" name="promotionId" value={p.id} />
                  <button type="submit" name="intent" value="end" className="button button--small button--danger">
                    {t('chambers.promotions.end')}
                    <span className="visually-hidden"> – {p.listingTitle}</span>
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
