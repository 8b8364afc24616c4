import { Form, Link } from '@remix-run/react'
import { useT, type MessageKey } from '~/i18n'

export interface MenuUser {
  name: string
  role: 'seeker' | 'employer' | 'chamber' | 'admin'
}

const AREA: Record<MenuUser['role'], { to: string; label: MessageKey }> = {
  seeker: { to: '/me', label: 'nav.me' },
  employer: { to: '/employer', label: 'nav.employer' },
  chamber: { to: '/chamber', label: 'nav.chamber' },
  admin: { to: '/admin', label: 'nav.admin' },
}

/** Sign-in links for visitors; the person's area, account and sign-out for the signed in. */
export function AccountMenu({ user }: { user: MenuUser | null }) {
  const t = useT()
  if (!user) {
    return (
      <div className="account-menu">
        <Link to="/login">{t('nav.login')}</Link>
        <Link to="/register" className="button button--small">
          {t('nav.register')}
        </Link>
      </div>
    )
  }
  const area = AREA[user.role]
  return (
    <div className="account-menu">
      <Link to={area.to} title={t('nav.user', { name: user.name })}>
        {t(area.label)}
      </Link>
      <Link to="/me/account">{t('nav.account')}</Link>
      <Form method="post" action="/logout">
        <button type="submit" className="link-button">
          {t('nav.logout')}
        </button>
      </Form>
    </div>
  )
}
