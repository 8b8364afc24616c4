import { useT } from '~/i18n'
import type { InvitationStatus } from '../../../values/employer-tools'

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const t = useT()
  return <span className={`invitation-status invitation-status--${status}`}>{t(`candidates.invitation.status.${status}`)}</span>
}
