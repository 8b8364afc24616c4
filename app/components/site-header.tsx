import { Link } from '@remix-run/react'
import { useT, type MessageKey } from '~/i18n'
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

/** `account` is the signed-in area (or sign-in links), supplied by whoever knows the session. */
export function SiteHeader({ path, account }: { path: string; account?: React.ReactNode }) {
  const t = useT()
  // `path` is pathname + search of the current request; the base only makes it parseable.
  const url = new URL(path, 'http://passgenau.invalid')
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <Logo />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <nav className="main-nav" aria-label={t('nav.main')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.isCurrent(url) ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {account ? <div className="site-header__account">{account}</div> : null}
        <LanguageMenu path={path} />
      </div>
    </header>
  )
}
