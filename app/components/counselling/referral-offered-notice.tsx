import { useSearchParams } from '@remix-run/react'
import { useT } from '~/i18n'

/** After a rejection that offered to pass the applicant on (`?referral=offered`). */
export function ReferralOfferedNotice() {
  const t = useT()
  const [params] = useSearchParams()
  if (params.get('referral') !== 'offered') return null
  return (
    <div className="alert alert--info" role="status">
      {t('counselling.passOn.done')}
    </div>
  )
}
