import { sql, type SQL } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../../db/query-rows'
import { seedOrganization } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { getPlacesDashboard, type PlacesDashboard } from './places-dashboard.server'
import { NOW, seedPlaces, type PlacesSeed } from './places-dashboard.test-helper'

const ctx = setupAppDatabase()
let seed: PlacesSeed

beforeAll(async () => {
  seed = await seedPlaces(ctx.db)
}, 60_000)

const dashboardOf = (chamberId: string, query = '') => getPlacesDashboard({ chamberId, params: new URLSearchParams(query), now: NOW })

const rows = <T>(statement: SQL) => queryRows<T>(ctx.db, statement)

/*
 * The expected figures, written straight against the tables and independently of the module: the
 * chamber's verified members, their published and unexpired listings (of one offer type and
 * district when asked), applications to them other than withdrawn ones.
 */
function openListingsSql(chamberId: string, offerType: string | null, district: string | null) {
  return sql`select l.id, l.places_count, l.occupation_id, l.start_date::text as start_date, p.district, p.state
    from listings l join places p on p.id = l.place_id
    where l.organization_id in (select company_id from chamber_memberships where chamber_id = ${chamberId} and status = 'verified')
      and l.status = 'published' and (l.expires_at is null or l.expires_at > ${NOW.toISOString()}::timestamptz)
      and (${offerType}::text is null or l.offer_type = ${offerType}::text)
      and (${district}::text is null or p.district = ${district}::text)`
}

async function expectedFigures(chamberId: string, offerType: string | null, district: string | null) {
  const open = openListingsSql(chamberId, offerType, district)
  const [totals] = await rows<{ listings: number; places: number; applications: number; members: number }>(sql`
    select (select count(*) from (${open}) o)::int as listings,
           (select coalesce(sum(places_count), 0) from (${open}) o)::int as places,
           (select count(*) from applications a where a.status <> 'withdrawn' and a.listing_id in (select id from (${open}) o))::int as applications,
           (select count(*) from chamber_memberships where chamber_id = ${chamberId} and status = 'verified')::int as members`)
  const byOccupation = await rows<{ key: string; places: number; applications: number }>(sql`
    select o.occupation_id::text as key, sum(o.places_count)::int as places,
      (select count(*) from applications a join (${open}) o2 on o2.id = a.listing_id where o2.occupation_id = o.occupation_id and a.status <> 'withdrawn')::int as applications
    from (${open}) o group by o.occupation_id`)
  const byDistrict = await rows<{ key: string; places: number; applications: number }>(sql`
    select o.district as key, sum(o.places_count)::int as places,
      (select count(*) from applications a join (${open}) o2 on o2.id = a.listing_id where o2.district = o.district and a.status <> 'withdrawn')::int as applications
    from (${open}) o group by o.district`)
  const closing = await rows<{ id: number }>(sql`
    select o.id from (${open}) o
    where o.start_date::date between date '2026-11-04' and date '2026-11-04' + 56
      and (select count(*) from applications a where a.listing_id = o.id and a.status <> 'withdrawn') <= 2
    order by o.start_date, (select count(*) from applications a where a.listing_id = o.id and a.status <> 'withdrawn'), o.id`)
  const overdue = await rows<{ company: string; count: number }>(sql`
    select org.name as company, count(*)::int as count
    from applications a join listings l on l.id = a.listing_id join places p on p.id = l.place_id join organizations org on org.id = l.organization_id
    where l.organization_id in (select company_id from chamber_memberships where chamber_id = ${chamberId} and status = 'verified')
      and a.overdue_at is not null and a.status <> 'withdrawn'
      and (${offerType}::text is null or l.offer_type = ${offerType}::text)
      and (${district}::text is null or p.district = ${district}::text)
    group by org.name`)
  const scope = sql`l.organization_id in (select company_id from chamber_memberships where chamber_id = ${chamberId} and status = 'verified')
      and (${offerType}::text is null or l.offer_type = ${offerType}::text) and (${district}::text is null or p.district = ${district}::text)`
  const from = sql`timestamp '2026-08-17 00:00' at time zone 'Europe/Berlin'`
  const publishedWeeks = await rows<{ week: string; n: number }>(sql`
    select to_char(date_trunc('week', l.published_at at time zone 'Europe/Berlin'), 'YYYY-MM-DD') as week, sum(l.places_count)::int as n
    from listings l join places p on p.id = l.place_id
    where ${scope} and l.published_at >= ${from} and l.published_at <= ${NOW.toISOString()}::timestamptz group by 1`)
  const appliedWeeks = await rows<{ week: string; n: number }>(sql`
    select to_char(date_trunc('week', a.created_at at time zone 'Europe/Berlin'), 'YYYY-MM-DD') as week, count(*)::int as n
    from applications a join listings l on l.id = a.listing_id join places p on p.id = l.place_id
    where ${scope} and a.status <> 'withdrawn' and a.created_at >= ${from} and a.created_at <= ${NOW.toISOString()}::timestamptz group by 1`)
  return { totals, byOccupation, byDistrict, closing, overdue, publishedWeeks, appliedWeeks }
}

const byKey = (list: Array<{ key: string; places: number; applications: number }>) =>
  Object.fromEntries(list.map((r) => [r.key, { places: Number(r.places), applications: Number(r.applications) }]))
const nonZero = (weeks: PlacesDashboard['weeks'], field: 'places' | 'applications') =>
  Object.fromEntries(weeks.filter((w) => w[field] > 0).map((w) => [w.weekStart, w[field]]))

describe('the places dashboard of a chamber', () => {
  const cases = [
    { name: 'chamber A, training places', chamber: () => seed.chamberA, query: '', offerType: 'ausbildung', district: null },
    { name: 'chamber A, all offer types', chamber: () => seed.chamberA, query: 'offerType=all', offerType: null, district: null },
    { name: 'chamber A, one district', chamber: () => seed.chamberA, query: 'district=Landkreis+Goslar', offerType: 'ausbildung', district: 'Landkreis Goslar' },
    { name: 'chamber B, all offer types', chamber: () => seed.chamberB, query: 'offerType=all', offerType: null, district: null },
  ]

  for (const c of cases) {
    it(`equals counts computed directly from the tables for seeded data (${c.name})`, async () => {
      const dashboard = await dashboardOf(c.chamber(), c.query)
      const expected = await expectedFigures(c.chamber(), c.offerType, c.district)
      expect(dashboard.filter).toEqual({ offerType: c.offerType ?? 'all', district: c.district })
      expect(dashboard.totals).toEqual(expected.totals)
      expect(byKey(dashboard.byOccupation)).toEqual(byKey(expected.byOccupation))
      expect(byKey(dashboard.byDistrict)).toEqual(byKey(expected.byDistrict))
      for (const row of [...dashboard.byOccupation, ...dashboard.byDistrict]) expect(row.gap).toBe(row.places - row.applications)
      expect(dashboard.closingSoon.map((l) => l.id)).toEqual(expected.closing.map((r) => r.id))
      expect(Object.fromEntries(dashboard.overdue.map((m) => [m.company, m.count]))).toEqual(Object.fromEntries(expected.overdue.map((r) => [r.company, r.count])))
      expect(dashboard.weeks).toHaveLength(12)
      expect(nonZero(dashboard.weeks, 'places')).toEqual(Object.fromEntries(expected.publishedWeeks.map((r) => [r.week, r.n])))
      expect(nonZero(dashboard.weeks, 'applications')).toEqual(Object.fromEntries(expected.appliedWeeks.map((r) => [r.week, r.n])))
    })
  }

  it('counts what the seed planned for chamber A: verified members only, open listings, no withdrawn applications', async () => {
    const dashboard = await dashboardOf(seed.chamberA)
    // L1 L2 L3 L4 L5 L6 L11; not the expired L8, the closed L9, the draft L10, the job L7, nor any listing of epsilon, zeta, eta, theta.
    expect(dashboard.totals).toEqual({ members: 3, listings: 7, places: 15, applications: 11 })
    expect(dashboard.byOccupation.map((r) => [r.label, r.places, r.applications, r.gap])).toEqual([
      ['Koch/Köchin', 5, 3, 2],
      ['Friseur/in', 4, 2, 2],
      ['Mechatroniker/in', 6, 6, 0],
    ])
    expect(dashboard.byDistrict.map((r) => [r.label, r.detail, r.gap])).toEqual([
      ['Landkreis Nordhausen', 'Thüringen', 2],
      ['Landkreis Harz', 'Sachsen-Anhalt', 2],
      ['Landkreis Goslar', 'Niedersachsen', 0],
      ['Mansfeld-Südharz', 'Sachsen-Anhalt', 0],
    ])
    expect(dashboard.closingSoon.map((l) => [l.id, l.startDate, l.applications])).toEqual([
      [seed.listings.L3, '2026-11-04', 0],
      [seed.listings.L2, '2026-12-01', 1],
      [seed.listings.L4, '2026-12-30', 2],
    ])
    expect(dashboard.overdue.map((m) => [m.company, m.count, m.oldestOverdueAt.slice(0, 10)])).toEqual([
      [seed.companies.alpha.name, 2, '2026-10-15'],
      [seed.companies.gamma.name, 2, '2026-11-01'],
    ])
  })

  it('puts an application of Monday 00:30 German time into that Monday’s week', async () => {
    const { weeks } = await dashboardOf(seed.chamberA)
    expect(weeks[0].weekStart).toBe('2026-08-17')
    expect(weeks.at(-1)).toEqual({ weekStart: seed.boundaryWeek, places: 0, applications: 2 })
  })

  it('never shows chamber B the numbers of chamber A’s members', async () => {
    const dashboard = await dashboardOf(seed.chamberB)
    expect(dashboard.totals).toEqual({ members: 2, listings: 2, places: 8, applications: 4 })
    const shown = JSON.stringify(dashboard)
    for (const company of ['alpha', 'beta', 'epsilon', 'zeta', 'eta', 'theta'] as const) expect(shown).not.toContain(seed.companies[company].name)
    for (const ref of ['L1', 'L2', 'L3', 'L4', 'L5', 'L11']) expect(dashboard.closingSoon.map((l) => l.id)).not.toContain(seed.listings[ref])
    expect(dashboard.closingSoon.map((l) => l.id)).toEqual([seed.listings.L12])
    expect(dashboard.overdue.map((m) => [m.company, m.count])).toEqual([
      [seed.companies.gamma.name, 2],
      [seed.companies.delta.name, 1],
    ])
  })

  it('shows a chamber without verified members nothing but zeros', async () => {
    const lonely = await seedOrganization(ctx.db, { kind: 'chamber', name: 'Kammer C (Test)' })
    const dashboard = await dashboardOf(lonely.id, 'offerType=all')
    expect(dashboard.totals).toEqual({ members: 0, listings: 0, places: 0, applications: 0 })
    expect([dashboard.byOccupation, dashboard.byDistrict, dashboard.closingSoon, dashboard.overdue]).toEqual([[], [], [], []])
    expect(dashboard.weeks.every((w) => w.places === 0 && w.applications === 0)).toBe(true)
  })

  it('falls back to training places and all districts for unknown filter values', async () => {
    const dashboard = await dashboardOf(seed.chamberA, 'offerType=lehrstelle&district=Atlantis')
    expect(dashboard.filter).toEqual({ offerType: 'ausbildung', district: null })
    expect(dashboard.districts).toEqual(expect.arrayContaining(['Landkreis Goslar', 'Landkreis Harz', 'Landkreis Nordhausen', 'Mansfeld-Südharz']))
  })
})
