import { Link, useRouteLoaderData } from '@remix-run/react'
import { useT, type MessageKey } from '~/i18n'
import { Logo } from './logo'

const LINKS: Array<{ to: string; label: MessageKey }> = [
  { to: '/impressum', label: 'footer.imprint' },
  { to: '/datenschutz', label: 'footer.privacy' },
  { to: '/barrierefreiheit', label: 'footer.accessibility' },
  { to: '/about/data', label: 'footer.dataSources' },
  { to: '/transparenz', label: 'moderation.transparency.title' },
]

export function SiteFooter({ path }: { path: string }) {
  const pathname = path.split('?')[0]
  const t = useT()
  const root = useRouteLoaderData<{ env?: { operatorName?: string } }>('root')
  const operatorName = root?.env?.operatorName
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__about">
          <p className="site-footer__brand">
            <Logo />
            <span>{t('app.name')}</span>
          </p>
          <p>{t('footer.claim')}</p>
          {operatorName ? <p className="site-footer__operator">{t('footer.operator', { name: operatorName })}</p> : null}
        </div>
        <nav aria-label={t('footer.nav')}>
          <ul className="site-footer__links">
            {LINKS.map((link) => (
              <li key={link.to}>
                <Link to={link.to} aria-current={pathname === link.to ? 'page' : undefined}>
                  {t(link.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
