import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setDatabase } from '../../../db/client'
import { listingViewDays } from '../../../db/schema'
import { seedListing } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createCompanyWithListing } from '../applications/applications.test-helper'
import { pageVisitOf } from '~/http/page-visit.server'
import { countListingView, isBotUserAgent, recordListingView } from './views.server'

const ctx = setupAppDatabase()
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36'
const DAY = 86_400_000
const anonymous = { userAgent: BROWSER, userId: null }

let company: Awaited<ReturnType<typeof createCompanyWithListing>>

const viewsOf = async (listingId: number) =>
  (await ctx.db.select({ day: listingViewDays.day, views: listingViewDays.views }).from(listingViewDays).where(eq(listingViewDays.listingId, listingId))).sort((a, b) =>
    a.day.localeCompare(b.day),
  )

beforeAll(async () => {
  company = await createCompanyWithListing(ctx.db)
})

describe('recordListingView', () => {
  it('adds one view per visit to the German calendar day of the visit', async () => {
    const listing = await seedListing(ctx.db, { organizationId: company.company.id })
    // 22:30 UTC on 12 May is already 13 May in Germany.
    const lateEvening = new Date('2026-05-12T22:30:00Z')
    const earlier = new Date('2026-05-12T10:00:00Z')
    expect(await recordListingView(ctx.db, listing.id, earlier, anonymous)).toBe(true)
    expect(await recordListingView(ctx.db, listing.id, lateEvening, anonymous)).toBe(true)
    expect(await recordListingView(ctx.db, listing.id, new Date(lateEvening.getTime() + 3600_000), anonymous)).toBe(true)
    expect(await viewsOf(listing.id)).toEqual([
      { day: '2026-05-12', views: 1 },
      { day: '2026-05-13', views: 2 },
    ])
  })

  it('ignores crawlers, link previews, scripts and requests without a user agent', async () => {
    const listing = await seedListing(ctx.db, { organizationId: company.company.id })
    const bots = [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'facebookexternalhit/1.1',
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'curl/8.5.0',
      'python-requests/2.31',
      '',
      null,
    ]
    for (const userAgent of bots) {
      expect(isBotUserAgent(userAgent)).toBe(true)
      expect(await recordListingView(ctx.db, listing.id, new Date(), { userAgent, userId: null })).toBe(false)
    }
    expect(isBotUserAgent(BROWSER)).toBe(false)
    expect(await viewsOf(listing.id)).toEqual([])
  })

  it('does not count the company’s own members, but counts anyone else signed in', async () => {
    const listing = await seedListing(ctx.db, { organizationId: company.company.id })
    const now = new Date()
    expect(await recordListingView(ctx.db, listing.id, now, { userAgent: BROWSER, userId: company.owner.id })).toBe(false)
    expect(await recordListingView(ctx.db, listing.id, now, { userAgent: BROWSER, userId: company.recruiter.id })).toBe(false)
    const seeker = await seedUser(ctx.db, { role: 'seeker' })
    const otherCompany = await createCompanyWithListing(ctx.db, { name: 'Brocken Bau GmbH' })
    expect(await recordListingView(ctx.db, listing.id, now, { userAgent: BROWSER, userId: seeker.id })).toBe(true)
    expect(await recordListingView(ctx.db, listing.id, now, { userAgent: BROWSER, userId: otherCompany.owner.id })).toBe(true)
    expect((await viewsOf(listing.id)).map((v) => v.views)).toEqual([2])
  })

  it('counts only published listings that are still open', async () => {
    const now = new Date()
    const organizationId = company.company.id
    const draft = await seedListing(ctx.db, { organizationId, status: 'draft', publishedAt: null })
    const closed = await seedListing(ctx.db, { organizationId, status: 'closed', closedReason: 'filled' })
    const expired = await seedListing(ctx.db, { organizationId, status: 'expired', expiresAt: new Date(now.getTime() - DAY) })
    const runOut = await seedListing(ctx.db, { organizationId, status: 'published', expiresAt: new Date(now.getTime() - 60_000) })
    for (const listing of [draft, closed, expired, runOut]) {
      expect(await recordListingView(ctx.db, listing.id, now, anonymous)).toBe(false)
      expect(await viewsOf(listing.id)).toEqual([])
    }
    expect(await recordListingView(ctx.db, 2_147_483_000, now, anonymous)).toBe(false)
  })
})

describe('countListingView', () => {
  const request = (headers: Record<string, string>, method = 'GET') => pageVisitOf(new Request('http://localhost/jobs/1', { method, headers }))

  it('counts a page view and skips prefetches and HEAD requests', async () => {
    const listing = await seedListing(ctx.db, { organizationId: company.company.id })
    await countListingView(listing.id, request({ 'user-agent': BROWSER }), null)
    await countListingView(listing.id, request({ 'user-agent': BROWSER, 'sec-purpose': 'prefetch' }), null)
    await countListingView(listing.id, request({ 'user-agent': BROWSER, purpose: 'prefetch' }), null)
    await countListingView(listing.id, request({ 'user-agent': BROWSER }, 'HEAD'), null)
    await countListingView(listing.id, request({ 'user-agent': BROWSER }), { id: company.owner.id })
    expect((await viewsOf(listing.id)).map((v) => v.views)).toEqual([1])
  })

  it('never fails the page when the count cannot be written', async () => {
    setDatabase(undefined)
    try {
      await expect(countListingView(company.listing.id, request({ 'user-agent': BROWSER }), null)).resolves.toBeUndefined()
    } finally {
      setDatabase(ctx.test.handle)
    }
  })
})
