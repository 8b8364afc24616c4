import { beforeAll, describe, expect, it } from 'vitest'
import { createListing, createOrganization } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { listingPath } from '~/utils/slug'
import { buildSitemap, getSitemapEntries, renderSitemapIndex, renderUrlset } from './sitemap.server'

const ORIGIN = 'https://passgenau.example'
const ctx = setupAppDatabase()
const listings: Record<string, { id: number; title: string }> = {}
let companySlug = ''
let chamberSlug = ''

beforeAll(async () => {
  const { db } = ctx
  const company = await createOrganization(db, { slug: `holz-&-bau-${Date.now()}` })
  companySlug = company.slug
  chamberSlug = (await createOrganization(db, { kind: 'chamber' })).slug
  listings.open = await createListing(db, { organizationId: company.id, title: 'Tischler/in (m/w/d)' })
  listings.closed = await createListing(db, { organizationId: company.id, title: 'Geschlossen (m/w/d)', status: 'closed' })
  listings.draft = await createListing(db, { organizationId: company.id, title: 'Entwurf (m/w/d)', status: 'draft', publishedAt: null })
  listings.past = await createListing(db, { organizationId: company.id, title: 'Abgelaufen (m/w/d)', expiresAt: new Date(Date.now() - 1000) })
})

describe('sitemap', () => {
  it('lists home, search, open listings and company pages with lastmod, but no closed listing and no chamber', async () => {
    const xml = (await buildSitemap(ORIGIN, null))!
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/)
    expect(xml).toContain(`<url><loc>${ORIGIN}/</loc>`)
    expect(xml).toContain(`<loc>${ORIGIN}/jobs</loc>`)
    expect(xml).toMatch(new RegExp(`<loc>${ORIGIN}${listingPath(listings.open.id, listings.open.title)}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T`))
    for (const gone of ['closed', 'draft', 'past']) expect(xml).not.toContain(listingPath(listings[gone].id, listings[gone].title))
    // The slug's "&" is percent-encoded in the path, so the XML stays well-formed.
    expect(xml).toContain(`<loc>${ORIGIN}/companies/${encodeURIComponent(companySlug)}</loc><lastmod>`)
    expect(xml).not.toContain(chamberSlug)
  })

  it('gives every entry a lastmod that is a valid date', async () => {
    const entries = await getSitemapEntries()
    for (const entry of entries) expect(Number.isFinite(Date.parse(entry.lastmod!))).toBe(true)
  })

  it('escapes XML and splits into an index when it outgrows one file', () => {
    expect(renderUrlset([{ path: '/a?b=1&c=2', lastmod: null }], ORIGIN)).toContain('<loc>https://passgenau.example/a?b=1&amp;c=2</loc>')
    const index = renderSitemapIndex(2, ORIGIN)
    expect(index).toContain('<sitemapindex')
    expect(index).toContain('<loc>https://passgenau.example/sitemap.xml?part=2</loc>')
  })

  it('refuses a part that does not exist', async () => {
    expect(await buildSitemap(ORIGIN, 2)).toBeNull()
    expect(await buildSitemap(ORIGIN, Number.NaN)).toBeNull()
    expect(await buildSitemap(ORIGIN, 1)).toContain('<urlset')
  })
})
