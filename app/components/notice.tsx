import { useSearchParams } from '@remix-run/react'
import { useT, type MessageKey } from '~/i18n'

/** Messages a redirect may ask for (`?notice=…`); anything else is ignored, so links cannot inject text. */
const NOTICES = {
  registered: 'auth.register.done.title',
  verified: 'auth.verify.done',
  'email-changed': 'account.changeEmail.done',
  'password-changed': 'account.changePassword.done',
  'password-reset': 'auth.reset.done',
  'verification-sent': 'auth.verify.resent',
  'account-deleted': 'account.deleted',
  'invite-accepted': 'invite.accepted',
  saved: 'form.saved',
} satisfies Record<string, MessageKey>

export function Notice() {
  const t = useT()
  const [params] = useSearchParams()
  const key = params.get('notice') as keyof typeof NOTICES | null
  if (!key || !(key in NOTICES)) return null
  return (
    <div className="alert alert--success" role="status">
      {t(NOTICES[key])}
    </div>
  )
}
