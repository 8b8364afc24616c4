import { useT } from '~/i18n'
import type { ListingStatus } from '../../../values/listings'

export function StatusBadge({ status }: { status: ListingStatus }) {
  const t = useT()
  return <span className={`status-badge status-badge--${status}`}>{t(`employer.status.${status}`)}</span>
}
