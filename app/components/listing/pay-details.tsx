import { useLang, useT } from '~/i18n'
import { formatMoney, formatPay, type Pay } from '~/utils/format'
import type { OfferType } from '../../../values/listings'

/**
 * Pay as the EU pay-transparency rules want it shown: the whole range per period, or the
 * allowance for every training year, never just a "from" figure.
 */
export function PayDetails({ pay, offerType }: { pay: Pay; offerType: OfferType }) {
  const t = useT()
  const lang = useLang()
  const allowances = pay.trainingAllowances ?? []
  if (allowances.length > 0) {
    const yearKey = offerType === 'duales-studium' ? 'listingPage.pay.studyYear' : 'listingPage.pay.trainingYear'
    return (
      <div className="pay-details">
        <p className="pay-details__intro">{t('listingPage.pay.perMonthAllowance')}</p>
        <ul className="pay-details__years">
          {allowances.map((amount, index) => (
            <li key={index}>
              {t(yearKey, { year: index + 1 })}: <strong>{formatMoney(lang, amount)}</strong>
            </li>
          ))}
        </ul>
        <p className="pay-details__note">{t('listingPage.pay.gross')}</p>
      </div>
    )
  }
  if (pay.payMax === 0 || (pay.payMin === 0 && pay.payMax == null)) return <p className="pay-details">{t('listingPage.pay.unpaid')}</p>
  const text = formatPay(lang, pay)
  if (!text) return <p className="pay-details">{t('pay.unknown')}</p>
  return (
    <p className="pay-details">
      <strong>{text}</strong> <span className="pay-details__note">{t('listingPage.pay.gross')}</span>
    </p>
  )
}
