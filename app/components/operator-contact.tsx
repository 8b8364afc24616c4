import { useT } from '~/i18n'

export interface OperatorDetails {
  name: string
  address: string
  email: string
  phone: string
}

/** Postal and electronic contact of the operator; the address comes as one configured line. */
export function OperatorContact({ operator, showName = true }: { operator: OperatorDetails; showName?: boolean }) {
  const t = useT()
  const lines = operator.address.split(',').map((line) => line.trim()).filter(Boolean)
  return (
    <address className="operator">
      {showName ? <span className="operator__line operator__name">{operator.name}</span> : null}
      {lines.map((line) => (
        <span key={line} className="operator__line">
          {line}
        </span>
      ))}
      <span className="operator__line">
        {t('imprint.email')}: <a href={`mailto:${operator.email}`}>{operator.email}</a>
      </span>
      <span className="operator__line">
        {t('imprint.phone')}: <a href={`tel:${operator.phone.replace(/[^+\d]/g, '')}`}>{operator.phone}</a>
      </span>
    </address>
  )
}
