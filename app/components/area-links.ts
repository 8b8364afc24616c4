import type { MessageKey } from '~/i18n'
import { ADMIN_LINKS } from './admin/admin-links'

export type AreaRole = 'seeker' | 'employer' | 'chamber' | 'admin'

export interface AreaLink {
  to: string
  label: MessageKey
}

/** The signed-in areas' navigation, one list per role; the shell and the area start pages share it. */
export const AREAS: Record<AreaRole, { title: MessageKey; links: AreaLink[] }> = {
  seeker: {
    title: 'nav.me',
    links: [
      { to: '/me', label: 'nav.overview' },
      { to: '/me/recommendations', label: 'nav.recommendations' },
      { to: '/me/profile', label: 'nav.profile' },
      { to: '/me/documents', label: 'nav.documents' },
      { to: '/me/applications', label: 'applications.mine.title' },
      { to: '/me/invitations', label: 'candidates.mine.title' },
      { to: '/me/counselling', label: 'nav.counselling' },
      { to: '/me/bookmarks', label: 'nav.bookmarks' },
      { to: '/me/searches', label: 'nav.searches' },
      { to: '/me/account', label: 'nav.account' },
    ],
  },
  employer: {
    title: 'nav.employer',
    links: [
      { to: '/employer', label: 'nav.overview' },
      { to: '/employer/listings', label: 'employer.listings.title' },
      { to: '/employer/listings/new', label: 'employer.listing.newTitle' },
      { to: '/employer/listings/import', label: 'dashboard.link.import' },
      { to: '/employer/applications', label: 'applications.pipeline.all' },
      { to: '/employer/candidates', label: 'dashboard.link.candidates' },
      { to: '/employer/company', label: 'employer.company.title' },
      { to: '/employer/membership', label: 'chambers.membership.title' },
      { to: '/employer/events', label: 'events.manage.title' },
      { to: '/employer/team', label: 'team.title' },
      { to: '/employer/moderation', label: 'nav.decisions' },
      { to: '/me/account', label: 'nav.account' },
    ],
  },
  chamber: {
    title: 'nav.chamber',
    links: [
      { to: '/chamber', label: 'nav.overview' },
      { to: '/chamber/members', label: 'places.links.members' },
      { to: '/chamber/promotions', label: 'places.links.promotions' },
      { to: '/chamber/events', label: 'places.links.events' },
      { to: '/chamber/campaigns', label: 'places.links.campaigns' },
      { to: '/chamber/caseload', label: 'places.links.caseload' },
      { to: '/chamber/moderation', label: 'nav.reports' },
      { to: '/me/account', label: 'nav.account' },
    ],
  },
  admin: {
    title: 'nav.admin',
    links: [...ADMIN_LINKS, { to: '/me/account', label: 'nav.account' }],
  },
}

/**
 * The link that stands for the page at `pathname`: the longest one that is the page itself or one of its
 * ancestors, so /employer/listings/new marks "Neues Angebot" and /employer/listings/42 marks the listings.
 */
export function currentAreaLink(links: AreaLink[], pathname: string): AreaLink | undefined {
  const path = pathname.replace(/\/+$/, '') || '/'
  return links
    .filter((link) => path === link.to || path.startsWith(`${link.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0]
}
