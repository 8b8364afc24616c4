import { useT } from '~/i18n'
import type { ApplicationStatus } from '../../../values/applications'

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useT()
  return <span className={`app-status app-status--${status}`}>{t(`applications.status.${status}`)}</span>
}

/** Shown on applications the company has left without an answer for 14 days. */
export function OverdueBadge() {
  const t = useT()
  return (
    <span className="app-status app-status--overdue" title={t('applications.overdue.hint')}>
      {t('applications.overdue')}
    </span>
  )
}
