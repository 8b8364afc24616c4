import { and, asc, eq, gte, max } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { events, listings, organizations } from '../../../db/schema'
import { listingPath } from '~/utils/slug'
import { eventPath, organizerPath } from '../events/events.server'
import { isOpenListing } from '../listings/cards.server'

/** The sitemap protocol's limit per file; beyond it /sitemap.xml becomes an index of parts. */
export const SITEMAP_MAX_URLS = 50_000

export interface SitemapEntry {
  path: string
  lastmod: string | null
}

/**
 * Home, search, every open listing, every company and chamber page and every event that has not
 * ended, with when each last changed.
 */
export async function getSitemapEntries(db: Database = getDb(), now: Date = new Date()): Promise<SitemapEntry[]> {
  const [open, companies, chambers, upcoming] = await Promise.all([
    db
      .select({ id: listings.id, title: listings.title, updatedAt: listings.updatedAt, publishedAt: listings.publishedAt })
      .from(listings)
      .where(isOpenListing())
      .orderBy(asc(listings.id)),
    db
      .select({ slug: organizations.slug, updatedAt: organizations.updatedAt, newest: max(listings.publishedAt) })
      .from(organizations)
      .leftJoin(listings, and(eq(listings.organizationId, organizations.id), isOpenListing()))
      .where(eq(organizations.kind, 'company'))
      .groupBy(organizations.id)
      .orderBy(asc(organizations.slug)),
    db.select({ slug: organizations.slug, updatedAt: organizations.updatedAt }).from(organizations).where(eq(organizations.kind, 'chamber')).orderBy(asc(organizations.slug)),
    db.select({ id: events.id, updatedAt: events.updatedAt }).from(events).where(gte(events.endsAt, now)).orderBy(asc(events.startsAt), asc(events.id)),
  ])
    const newestListing = open.reduce<Date | null>((latest, l) => (l.publishedAt && (!latest || l.publishedAt > latest) ? l.publishedAt : latest), null)
  const searchChanged = newestListing ? newestListing.toISOString() : null
  return [
    { path: '/', lastmod: searchChanged },
    { path: '/jobs', lastmod: searchChanged },
    ...open.map((l) => ({ path: listingPath(l.id, l.title), lastmod: latest(l.updatedAt, l.publishedAt) })),
    // A new listing changes the company page as well.
    ...companies.map((c) => ({ path: `/companies/${encodeURIComponent(c.slug)}`, lastmod: latest(c.updatedAt, c.newest) })),
    { path: '/chambers', lastmod: latest(...chambers.map((c) => c.updatedAt)) },
    ...chambers.map((c) => ({ path: organizerPath('chamber', c.slug), lastmod: c.updatedAt.toISOString() })),
    { path: '/events', lastmod: latest(...upcoming.map((e) => e.updatedAt)) },
    ...upcoming.map((e) => ({ path: eventPath(e.id), lastmod: e.updatedAt.toISOString() })),
  ]
}

function latest(...dates: Array<Date | string | null>): string | null {
  const times = dates.filter((d) => d != null).map((d) => new Date(d!).getTime())
  return times.length ? new Date(Math.max(...times)).toISOString() : null
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c])

/** A `<urlset>` of absolute URLs. */
export function renderUrlset(entries: SitemapEntry[], origin: string): string {
  const urls = entries.map((e) => {
    const loc = `<loc>${escapeXml(new URL(e.path, origin).toString())}</loc>`
    return `<url>${loc}${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** A `<sitemapindex>` pointing at `/sitemap.xml?part=1…n`. */
export function renderSitemapIndex(parts: number, origin: string): string {
  const items = Array.from({ length: parts }, (_, i) => `<sitemap><loc>${escapeXml(new URL(`/sitemap.xml?part=${i + 1}`, origin).toString())}</loc></sitemap>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`
}

/**
 * The document /sitemap.xml?part=… answers: everything in one urlset while it fits, otherwise an
 * index (no part) or one slice (part n). Null for a part that does not exist.
 */
export async function buildSitemap(origin: string, part: number | null, db: Database = getDb()): Promise<string | null> {
  const entries = await getSitemapEntries(db)
  const parts = Math.ceil(entries.length / SITEMAP_MAX_URLS)
  if (part === null) return parts <= 1 ? renderUrlset(entries, origin) : renderSitemapIndex(parts, origin)
  if (!Number.isInteger(part) || part < 1 || part > parts) return null
  return renderUrlset(entries.slice((part - 1) * SITEMAP_MAX_URLS, part * SITEMAP_MAX_URLS), origin)
}
