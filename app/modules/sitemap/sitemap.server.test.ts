import { beforeAll, describe, expect, it } from 'vitest'
import { events } from '../../../db/schema'
import { seedListing, seedOrganization, pickPlace } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { listingPath } from '~/utils/slug'
import { buildSitemap, getSitemapEntries, renderSitemapIndex, renderUrlset } from './sitemap.server'

const ORIGIN = 'https://passgenau.example'
const HOUR = 3_600_000
const ctx = setupAppDatabase()
const listings: Record<string, { id: number; title: string }> = {}
const eventIds: Record<'upcoming' | 'past', string> = { upcoming: '', past: '' }
let companySlug = ''
let chamberSlug = ''

beforeAll(async () => {
  const { db } = ctx
  const company = await seedOrganization(db, { slug: `holz-&-bau-${Date.now()}` })
  companySlug = company.slug
  const chamber = await seedOrganization(db, { kind: 'chamber' })
  chamberSlug = chamber.slug
  listings.open = await seedListing(db, { organizationId: company.id, title: 'Tischler/in (m/w/d)' })
  listings.closed = await seedListing(db, { organizationId: company.id, title: 'Geschlossen (m/w/d)', status: 'closed' })
  listings.draft = await seedListing(db, { organizationId: company.id, title: 'Entwurf (m/w/d)', status: 'draft', publishedAt: null })
  listings.past = await seedListing(db, { organizationId: company.id, title: 'Abgelaufen (m/w/d)', expiresAt: new Date(Date.now() - 1000) })
  const place = await pickPlace(db)
  const at = (hours: number) => new Date(Date.now() + hours * HOUR)
  const [upcoming, past] = await db
    .insert(events)
    .values([
      { organizationId: chamber.id, kind: 'job_fair', title: 'Ausbildungsbörse', placeId: place.id, startsAt: at(48), endsAt: at(52) },
      { organizationId: chamber.id, kind: 'open_day', title: 'Vorbei', placeId: place.id, startsAt: at(-52), endsAt: at(-48) },
    ])
    .returning({ id: events.id })
  Object.assign(eventIds, { upcoming: upcoming.id, past: past.id })
})

describe('sitemap', () => {
  it('lists home, search, open listings and company pages with lastmod, but no closed listing', async () => {
    const xml = (await buildSitemap(ORIGIN, null))!
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/)
    expect(xml).toContain(`<url><loc>${ORIGIN}/</loc>`)
    expect(xml).toContain(`<loc>${ORIGIN}/jobs</loc>`)
    expect(xml).toMatch(new RegExp(`<loc>${ORIGIN}${listingPath(listings.open.id, listings.open.title)}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T`))
    for (const gone of ['closed', 'draft', 'past']) expect(xml).not.toContain(listingPath(listings[gone].id, listings[gone].title))
    // The slug's "&" is percent-encoded in the path, so the XML stays well-formed.
    expect(xml).toContain(`<loc>${ORIGIN}/companies/${encodeURIComponent(companySlug)}</loc><lastmod>`)
    expect(xml).not.toContain(`/companies/${chamberSlug}`)
  })

  it('lists the chambers and the events that have not ended, but no past event', async () => {
    const xml = (await buildSitemap(ORIGIN, null))!
    expect(xml).toContain(`<loc>${ORIGIN}/chambers</loc><lastmod>`)
    expect(xml).toContain(`<loc>${ORIGIN}/chambers/${chamberSlug}</loc><lastmod>`)
    expect(xml).toContain(`<loc>${ORIGIN}/events</loc><lastmod>`)
    expect(xml).toContain(`<loc>${ORIGIN}/events/${eventIds.upcoming}</loc><lastmod>`)
    expect(xml).not.toContain(eventIds.past)
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
