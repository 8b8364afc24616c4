import { useSearchParams } from '@remix-run/react'
import { useT, type MessageKey } from '~/i18n'

/** Success messages a redirect may ask for with `?done=`; anything else is ignored, so links cannot inject text. */
const DONE = {
  granted: 'counselling.done.granted',
  revoked: 'counselling.done.revoked',
  'referral-consented': 'counselling.done.referralConsented',
  'referral-declined': 'counselling.done.referralDeclined',
  note: 'counselling.done.note',
  recommended: 'counselling.done.recommended',
} satisfies Record<string, MessageKey>

export type CounsellingDone = keyof typeof DONE

export function CounsellingNotice() {
  const t = useT()
  const [params] = useSearchParams()
  const key = params.get('done') as CounsellingDone | null
  if (!key || !(key in DONE)) return null
  return (
    <div className="alert alert--success" role="status">
      {t(DONE[key])}
    </div>
  )
}
