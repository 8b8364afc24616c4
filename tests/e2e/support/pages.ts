import type { Page } from '@playwright/test'

/**
 * Every page a person can reach, by role, one per route pattern. A pattern with a `:param` names the
 * page whose links lead to it (`from`, itself possibly a pattern) and what such a link looks like, so the
 * journeys use real ids from the demo data instead of guessing them. The list carries no language: the
 * same table runs again with another interface language (Arabic, right to left).
 */
export type Role = 'visitor' | 'seeker' | 'employer' | 'chamber' | 'admin'

export interface PageEntry {
  path: string
  from?: string
  link?: RegExp
  /** Added to the link found, e.g. a view of the same page. */
  query?: string
}

export const ROLE_ACCOUNTS: Record<Exclude<Role, 'visitor'>, string> = {
  seeker: 'seeker@example.org',
  employer: 'employer@example.org',
  chamber: 'chamber@example.org',
  admin: 'admin@example.org',
}

const PUBLIC: PageEntry[] = [
  { path: '/' },
  { path: '/jobs' },
  { path: '/jobs?type=ausbildung' },
  { path: '/jobs/:listing', from: '/jobs', link: /^\/jobs\/\d+-[^/?#]+$/ },
  { path: '/events' },
  { path: '/events/:event', from: '/events', link: /^\/events\/[0-9a-f-]{36}$/ },
  { path: '/chambers' },
  { path: '/chambers/:chamber', from: '/chambers', link: /^\/chambers\/[^/?#]+$/ },
  { path: '/companies/:company', from: '/jobs/:listing', link: /^\/companies\/[^/?#]+$/ },
  { path: '/melden?listing=:listingNumber', from: '/jobs/:listing', link: /^\/melden\?listing=\d+$/ },
  { path: '/about/data' },
  { path: '/impressum' },
  { path: '/datenschutz' },
  { path: '/barrierefreiheit' },
  { path: '/transparenz' },
  { path: '/page-that-does-not-exist' },
]

export const PAGES: Record<Role, PageEntry[]> = {
  visitor: [...PUBLIC, { path: '/login' }, { path: '/register' }, { path: '/reset-password' }],
  seeker: [
    { path: '/me' },
    { path: '/me/profile' },
    { path: '/me/documents' },
    { path: '/me/applications' },
    { path: '/me/applications/:application', from: '/me/applications', link: /^\/me\/applications\/[0-9a-f-]{36}$/ },
    { path: '/me/recommendations' },
    { path: '/me/invitations' },
    { path: '/me/counselling' },
    { path: '/me/bookmarks' },
    { path: '/me/searches' },
    { path: '/me/account' },
    { path: '/jobs' },
    { path: '/jobs/:listing', from: '/jobs', link: /^\/jobs\/\d+-[^/?#]+$/ },
    { path: '/jobs/:apply', from: '/jobs/:listing', link: /^\/jobs\/\d+\/apply$/ },
  ],
  employer: [
    { path: '/employer' },
    { path: '/employer/listings' },
    { path: '/employer/listings/new' },
    { path: '/employer/listings/import' },
    { path: '/employer/listings/:listingId', from: '/employer/listings', link: /^\/employer\/listings\/\d+$/ },
    { path: '/employer/listings/:pipeline', from: '/employer/applications', link: /^\/employer\/listings\/\d+\/applications$/ },
    { path: '/employer/listings/:board', from: '/employer/applications', link: /^\/employer\/listings\/\d+\/applications$/, query: '?view=board' },
    { path: '/employer/applications' },
    { path: '/employer/applications/:application', from: '/employer/applications', link: /^\/employer\/applications\/[0-9a-f-]{36}$/ },
    { path: '/employer/candidates' },
    { path: '/employer/candidates/:candidate', from: '/employer/candidates', link: /^\/employer\/candidates\/[\w-]+$/ },
    { path: '/employer/company' },
    { path: '/employer/membership' },
    { path: '/employer/events' },
    { path: '/employer/team' },
    { path: '/employer/moderation' },
    { path: '/me/account' },
  ],
  chamber: [
    { path: '/chamber' },
    { path: '/chamber/members' },
    { path: '/chamber/promotions' },
    { path: '/chamber/events' },
    { path: '/chamber/campaigns' },
    { path: '/chamber/caseload' },
    { path: '/chamber/caseload/:seeker', from: '/chamber/caseload', link: /^\/chamber\/caseload\/[0-9a-f-]{36}$/ },
    { path: '/chamber/moderation' },
    { path: '/me/account' },
  ],
  admin: [
    { path: '/admin' },
    { path: '/admin/moderation' },
    { path: '/admin/moderation/:case', from: '/admin/moderation', link: /^\/admin\/moderation\/[\w-]+$/ },
    { path: '/admin/companies/:company', from: '/admin/moderation/:case', link: /^\/admin\/companies\/[\w-]+$/ },
    { path: '/admin/objections' },
    { path: '/admin/risk-rules' },
    { path: '/me/account' },
  ],
}

/** The concrete address of an entry: a pattern becomes the first matching link on its `from` page. */
export async function resolvePath(page: Page, entry: PageEntry, entries: PageEntry[], cache: Map<string, string>): Promise<string> {
  if (!entry.from || !entry.link) return entry.path
  const known = cache.get(entry.path)
  if (known) return known
  const parent = entries.find((e) => e.path === entry.from) ?? { path: entry.from }
  const fromPath = await resolvePath(page, parent, entries, cache)
  await page.goto(fromPath)
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  const found = hrefs.find((href) => entry.link!.test(href))
  if (!found) {
    // What the page said instead (an empty list, an error, another language) makes a failure readable.
    const said = (await page.locator('main').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300)
    throw new Error(`no link like ${entry.link} on ${fromPath} (${page.url()}) for ${entry.path}; the page said: ${said}`)
  }
  const path = found + (entry.query ?? '')
  cache.set(entry.path, path)
  return path
}
