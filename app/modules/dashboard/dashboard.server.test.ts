import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { rowsOf } from '../../../db/query-rows'
import { applications, listingViewDays } from '../../../db/schema'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createCompanyWithListing, createSeeker } from '../applications/applications.test-helper'
import { getEmployerDashboard, type EmployerDashboard } from './dashboard.server'
import { berlinDate } from '~/utils/intl'
import { daysBefore } from './days'
import type { ApplicationStatus } from '../../../values/applications'

const ctx = setupAppDatabase()
const HOUR = 3_600_000
const DAY = 24 * HOUR
const now = new Date()
const today = berlinDate(now)
const ago = (ms: number) => new Date(now.getTime() - ms)

const query = async <T>(statement: ReturnType<typeof sql>) => rowsOf<T>(await ctx.db.execute(statement))

const seekers: string[] = []
let a: { organizationId: string; open: number; busy: number; closedRecently: number; closedLongAgo: number; draft: number }
let b: { organizationId: string; listing: number }

async function views(listingId: number, perDay: Record<number, number>) {
  await ctx.db.insert(listingViewDays).values(Object.entries(perDay).map(([daysAgo, n]) => ({ listingId, day: daysBefore(today, Number(daysAgo)), views: n })))
}

interface Crafted {
  status?: ApplicationStatus
  appliedAgo: number
  repliedAfter?: number
  overdue?: boolean
}

async function apply(listingId: number, list: Crafted[]) {
  await ctx.db.insert(applications).values(
    list.map((c, i) => {
      const createdAt = ago(c.appliedAgo)
      return {
        listingId,
        seekerId: seekers[i],
        status: c.status ?? 'received',
        createdAt,
        updatedAt: createdAt,
        firstReplyAt: c.repliedAfter === undefined ? null : new Date(createdAt.getTime() + c.repliedAfter),
        overdueAt: c.overdue ? ago(c.appliedAgo - 14 * DAY) : null,
      }
    }),
  )
}

beforeAll(async () => {
  for (let i = 0; i < 6; i++) seekers.push((await createSeeker(ctx.db)).id)
  const companyA = await createCompanyWithListing(ctx.db, { name: 'Harzer Elektro GmbH' })
  const organizationId = companyA.company.id
  const busy = await seedListing(ctx.db, { organizationId, title: 'Industriekaufmann/-frau (m/w/d)', publishedAt: ago(40 * DAY) })
  const closedRecently = await seedListing(ctx.db, { organizationId, status: 'closed', closedReason: 'filled', publishedAt: ago(50 * DAY), updatedAt: ago(5 * DAY) })
  const closedLongAgo = await seedListing(ctx.db, { organizationId, status: 'closed', closedReason: 'filled', publishedAt: ago(120 * DAY), updatedAt: ago(60 * DAY) })
  const draft = await seedListing(ctx.db, { organizationId, status: 'draft', publishedAt: null, expiresAt: null })
  a = { organizationId, open: companyA.listing.id, busy: busy.id, closedRecently: closedRecently.id, closedLongAgo: closedLongAgo.id, draft: draft.id }
  const companyB = await seedOrganization(ctx.db, { name: 'Brocken Bau GmbH' })
  b = { organizationId: companyB.id, listing: (await seedListing(ctx.db, { organizationId: companyB.id })).id }

  await views(a.open, { 0: 4, 3: 2, 6: 1, 7: 10, 20: 5, 70: 100 })
  await views(a.busy, { 1: 7, 13: 3, 55: 2, 56: 50 })
  await views(a.closedRecently, { 8: 6 })
  await views(a.closedLongAgo, { 61: 9 })
  await views(b.listing, { 0: 1000, 2: 2000 })

  // The open listing: one new, one answered after 2 h, one overdue, one answered after 30 h and later rejected.
  await apply(a.open, [
    { appliedAgo: 2 * DAY },
    { status: 'in_review', appliedAgo: 3 * DAY, repliedAfter: 2 * HOUR },
    { status: 'received', appliedAgo: 20 * DAY, overdue: true },
    { status: 'rejected', appliedAgo: 30 * DAY, repliedAfter: 30 * HOUR },
  ])
  // The busy one: replies after 1, 3 and 5 days; an application that was overdue and then withdrawn is no longer overdue.
  await apply(a.busy, [
    { status: 'interview', appliedAgo: 10 * DAY, repliedAfter: DAY },
    { status: 'offer', appliedAgo: 15 * DAY, repliedAfter: 3 * DAY },
    { status: 'hired', appliedAgo: 35 * DAY, repliedAfter: 5 * DAY },
    { status: 'withdrawn', appliedAgo: 25 * DAY, overdue: true },
    { appliedAgo: 100 * DAY },
  ])
  await apply(a.closedRecently, [{ status: 'rejected', appliedAgo: 45 * DAY, repliedAfter: 10 * DAY }])
  await apply(a.closedLongAgo, [{ status: 'in_review', appliedAgo: 90 * DAY, overdue: true }])
  await apply(b.listing, [{ appliedAgo: HOUR }, { appliedAgo: 2 * HOUR }, { appliedAgo: 30 * DAY, overdue: true }, { status: 'in_review', appliedAgo: 3 * DAY, repliedAfter: 9 * HOUR }])
})

/** Each listing's figures straight from the tables, to hold the dashboard against. */
async function expectedPerListing(listingId: number) {
  const [v] = await query<{ total: number; recent: number }>(sql`
    select coalesce(sum(views), 0)::int as total, coalesce(sum(views) filter (where day >= ${daysBefore(today, 6)}::date), 0)::int as recent
    from listing_view_days where listing_id = ${listingId}`)
  const [apps] = await query<{ total: number; unread: number; overdue: number; median: number | null }>(sql`
    select count(*)::int as total,
      count(*) filter (where status = 'received')::int as unread,
      count(*) filter (where overdue_at is not null and status in ('received', 'in_review', 'interview'))::int as overdue,
      (select percentile_cont(0.5) within group (order by extract(epoch from first_reply_at - created_at))
        from applications where listing_id = ${listingId} and first_reply_at is not null)::float8 as median
    from applications where listing_id = ${listingId}`)
  return { views: v.total, viewsLast7Days: v.recent, applications: apps.total, unread: apps.unread, overdue: apps.overdue, medianReplySeconds: apps.median }
}

async function expectedTotals(organizationId: string) {
  const [row] = await query<{ open: number; week: number; overdue: number; median: number | null }>(sql`
    select
      (select count(*) from listings where organization_id = ${organizationId} and status = 'published' and (expires_at is null or expires_at > now()))::int as open,
      (select count(*) from applications x join listings l on l.id = x.listing_id
        where l.organization_id = ${organizationId} and x.created_at >= (${daysBefore(today, 6)}::date)::timestamp at time zone 'Europe/Berlin')::int as week,
      (select count(*) from applications x join listings l on l.id = x.listing_id
        where l.organization_id = ${organizationId} and x.overdue_at is not null and x.status in ('received', 'in_review', 'interview'))::int as overdue,
      (select percentile_cont(0.5) within group (order by extract(epoch from x.first_reply_at - x.created_at))
        from applications x join listings l on l.id = x.listing_id where l.organization_id = ${organizationId} and x.first_reply_at is not null)::float8 as median`)
  return { openListings: row.open, applicationsLast7Days: row.week, overdue: row.overdue, medianReplySeconds: row.median }
}

async function expectedWeek(organizationId: string, from: string, to: string) {
  const [row] = await query<{ views: number; applications: number }>(sql`
    select
      (select coalesce(sum(d.views), 0) from listing_view_days d join listings l on l.id = d.listing_id
        where l.organization_id = ${organizationId} and d.day between ${from}::date and ${to}::date)::int as views,
      (select count(*) from applications x join listings l on l.id = x.listing_id
        where l.organization_id = ${organizationId} and (x.created_at at time zone 'Europe/Berlin')::date between ${from}::date and ${to}::date)::int as applications`)
  return row
}

describe('getEmployerDashboard', () => {
  let dashboard: EmployerDashboard
  beforeAll(async () => {
    dashboard = await getEmployerDashboard(a.organizationId, now)
  })

  it('lists open and recently closed listings, open first, and leaves out drafts and long-closed ones', () => {
    expect(dashboard.listings.map((l) => l.id)).toEqual([a.open, a.busy, a.closedRecently])
    expect(dashboard.listings.map((l) => [l.status, l.isOpen])).toEqual([
      ['published', true],
      ['published', true],
      ['closed', false],
    ])
  })

  it('gives each listing the same views, applications, reply time and overdue count as the tables', async () => {
    for (const listing of dashboard.listings) {
      const { id: _id, title: _title, status: _status, isOpen: _isOpen, ...figures } = listing
      const expected = await expectedPerListing(listing.id)
      expect({ ...figures, medianReplySeconds: figures.medianReplySeconds === null ? null : Math.round(figures.medianReplySeconds) }).toEqual({
        ...expected,
        medianReplySeconds: expected.medianReplySeconds === null ? null : Math.round(expected.medianReplySeconds),
      })
    }
    const open = dashboard.listings.find((l) => l.id === a.open)!
    expect(open).toMatchObject({ views: 122, viewsLast7Days: 7, applications: 4, unread: 2, overdue: 1, medianReplySeconds: 16 * 3600 })
    const busy = dashboard.listings.find((l) => l.id === a.busy)!
    expect(busy).toMatchObject({ views: 62, viewsLast7Days: 7, applications: 5, unread: 1, overdue: 0, medianReplySeconds: 3 * 86_400 })
  })

  it('sums the company’s totals as the tables do', async () => {
    expect(dashboard.totals).toEqual(await expectedTotals(a.organizationId))
    expect(dashboard.totals).toMatchObject({ openListings: 2, applicationsLast7Days: 2, overdue: 2 })
  })

  it('shows eight weeks of views and applications, the last ending today', async () => {
    expect(dashboard.trend).toHaveLength(8)
    expect(dashboard.trend.at(-1)).toMatchObject({ from: daysBefore(today, 6), to: today, views: 14, applications: 2 })
    expect(dashboard.trend[0]).toMatchObject({ from: daysBefore(today, 55), to: daysBefore(today, 49) })
    for (const week of dashboard.trend) {
      expect({ views: week.views, applications: week.applications }).toEqual(await expectedWeek(a.organizationId, week.from, week.to))
    }
    expect(dashboard.trend.reduce((n, w) => n + w.views, 0)).toBe(4 + 2 + 1 + 10 + 5 + 7 + 3 + 2 + 6)
  })

  it('never lets one company see another’s numbers', async () => {
    const ofB = await getEmployerDashboard(b.organizationId, now)
    expect(ofB.listings.map((l) => l.id)).toEqual([b.listing])
    expect(ofB.listings[0]).toMatchObject({ views: 3000, applications: 4, unread: 3, overdue: 1, medianReplySeconds: 9 * 3600 })
    expect(ofB.totals).toEqual(await expectedTotals(b.organizationId))
    expect(ofB.totals).toMatchObject({ openListings: 1, applicationsLast7Days: 3, overdue: 1 })
    expect(ofB.trend.reduce((n, w) => n + w.views, 0)).toBe(3000)
    // And A's figures hold none of B's.
    expect(dashboard.listings.some((l) => l.id === b.listing)).toBe(false)
    expect(dashboard.trend.reduce((n, w) => n + w.views, 0)).toBeLessThan(1000)
  })

  it('shows a company without listings empty figures', async () => {
    const empty = await seedOrganization(ctx.db, { name: 'Leere Werkstatt GmbH' })
    const result = await getEmployerDashboard(empty.id, now)
    expect(result.listings).toEqual([])
    expect(result.totals).toEqual({ openListings: 0, applicationsLast7Days: 0, overdue: 0, medianReplySeconds: null })
    expect(result.trend.every((w) => w.views === 0 && w.applications === 0)).toBe(true)
  })
})
