import { useT } from '~/i18n'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'

/** The frame of every page: skip link, header with navigation and language switch, main, footer. */
export function AppShell({
  path,
  account,
  children,
}: {
  path: string
  /** Sign-in links or the account menu; the shell itself knows nothing about sessions. */
  account?: React.ReactNode
  children: React.ReactNode
}) {
  const t = useT()
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <SiteHeader path={path} account={account} />
      {/* tabIndex lets the skip link move focus here, not only scroll. */}
      <main id="main" tabIndex={-1} className="site-main">
        <div className="container">{children}</div>
      </main>
      <SiteFooter path={path} />
    </div>
  )
}
