import { NavLink } from '@remix-run/react'
import { useT } from '~/i18n'
import { ADMIN_LINKS } from './admin-links'

export function AdminNav() {
  const t = useT()
  return (
    <nav aria-label={t('admin.nav.label')} className="admin-nav">
      <ul className="inline admin-nav__list">
        {ADMIN_LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.to === '/admin'}>
              {t(link.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
