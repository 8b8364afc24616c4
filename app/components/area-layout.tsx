import { Link, Outlet, useLocation, useRouteLoaderData } from '@remix-run/react'
import { useT } from '~/i18n'
import { AREAS, currentAreaLink, type AreaLink, type AreaRole } from './area-links'

/**
 * The frame of the signed-in areas: a side navigation on wide screens, a disclosure menu on narrow ones.
 * Both are plain links (the menu a <details>), so they work without JavaScript; the current page carries
 * aria-current. Which area's links show follows the person's role, so /me/account sits in everyone's area.
 */
export function AreaLayout({ fallback }: { fallback: AreaRole }) {
  const t = useT()
  const { pathname } = useLocation()
  const root = useRouteLoaderData<{ user: { role: AreaRole } | null }>('root')
  const area = AREAS[root?.user?.role ?? fallback]
  const current = currentAreaLink(area.links, pathname)
  const title = t(area.title)
  return (
    <div className="area">
      <nav className="area-nav" aria-label={t('nav.area', { area: title })}>
        <details className="area-nav__menu">
          <summary>{current ? t('nav.areaMenu', { area: title, page: t(current.label) }) : title}</summary>
          <AreaLinks links={area.links} current={current} />
        </details>
        <div className="area-nav__side">
          <p className="area-nav__title" aria-hidden="true">
            {title}
          </p>
          <AreaLinks links={area.links} current={current} />
        </div>
      </nav>
      <div className="area__content">
        <Outlet />
      </div>
    </div>
  )
}

function AreaLinks({ links, current }: { links: AreaLink[]; current?: AreaLink }) {
  const t = useT()
  return (
    <ul className="area-nav__list">
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to} aria-current={link === current ? 'page' : undefined}>
            {t(link.label)}
          </Link>
        </li>
      ))}
    </ul>
  )
}
