import { Link } from '@remix-run/react'
import { useT, type MessageKey } from '~/i18n'
import { MenuIcon } from './icons'
import { LanguageMenu } from './language-menu'
import { Logo } from './logo'

type NavItem = { to: string; label: MessageKey; isCurrent: (url: URL) => boolean }

const NAV: NavItem[] = [
  { to: '/', label: 'nav.home', isCurrent: (url) => url.pathname === '/' },
  {
    to: '/jobs',
    label: 'nav.jobs',
    isCurrent: (url) => url.pathname.startsWith('/jobs') && url.searchParams.get('type') !== 'ausbildung',
  },
  {
    to: '/jobs?type=ausbildung',
    label: 'nav.training',
    isCurrent: (url) => url.pathname === '/jobs' && url.searchParams.get('type') === 'ausbildung',
  },
  { to: '/events', label: 'events.nav.events', isCurrent: (url) => url.pathname.startsWith('/events') },
  { to: '/chambers', label: 'events.nav.chambers', isCurrent: (url) => url.pathname.startsWith('/chambers') },
]

/**
 * `account` is the signed-in area (or sign-in links), supplied by whoever knows the session.
 * Narrow screens get the navigation and the account links in a <details> menu; wide ones show them in the
 * bar. Both are rendered and CSS shows one, so the menu needs no JavaScript and nothing is ever cut off.
 */
export function SiteHeader({ path, account }: { path: string; account?: React.ReactNode }) {
  const t = useT()
  // `path` is pathname + search of the current request; the base only makes it parseable.
  const url = new URL(path, 'http://passgenau.invalid')
  const links = (
    <ul className="main-nav__list">
      {NAV.map((item) => (
        <li key={item.to}>
          <Link to={item.to} aria-current={item.isCurrent(url) ? 'page' : undefined}>
            {t(item.label)}
          </Link>
        </li>
      ))}
    </ul>
  )
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <Logo />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <details className="site-menu">
          <summary className="site-menu__toggle">
            <MenuIcon />
            {t('nav.menu')}
          </summary>
          <div className="site-menu__panel">
            <nav aria-label={t('nav.main')}>{links}</nav>
            {account ? <div className="site-menu__account">{account}</div> : null}
          </div>
        </details>
        <nav className="main-nav" aria-label={t('nav.main')}>
          {links}
        </nav>
        {account ? <div className="site-header__account">{account}</div> : null}
        <LanguageMenu path={path} />
      </div>
    </header>
  )
}
