import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm'
import { berlinDate } from '~/utils/intl'
import { getDb } from '../../../db/client'
import { applications, chamberMemberships, listings, occupations, organizations, places } from '../../../db/schema'
import { loadOverdueMembers, loadWeeklyTrend, type OverdueMember, type WeekRow } from './places-activity.server'
import { readPlacesFilter, type PlacesFilter } from './places-filter'
import { addDays, memberListingConditions, verifiedMembers } from './places-scope.server'

/** Listings starting within this many days count as "close to their start". */
export const CLOSING_DAYS = 56
/** At most this many applications still counts as "few" for a listing close to its start. */
export const FEW_APPLICATIONS = 2

export interface GapRow {
  /** Occupation id or district name: stable across languages. */
  key: string
  label: string
  /** The state of a district; empty for occupations. */
  detail: string
  places: number
  applications: number
  /** Open places minus applications: the larger, the more applicants are missing. */
  gap: number
}

export interface ClosingListing {
  id: number
  title: string
  company: string
  place: string
  startDate: string
  places: number
  applications: number
}

export interface PlacesDashboard {
  filter: PlacesFilter
  districts: string[]
  today: string
  /** The most applications a listing close to its start may have to be listed there. */
  fewApplications: number
  totals: { members: number; listings: number; places: number; applications: number }
  byOccupation: GapRow[]
  byDistrict: GapRow[]
  weeks: WeekRow[]
  closingSoon: ClosingListing[]
  overdue: OverdueMember[]
}

type OpenListing = Awaited<ReturnType<typeof loadOpenListings>>[number]

/**
 * The chamber's view of open places and applications. Every figure counts only listings of the
 * chamber's verified members (the chamber is in every WHERE clause); the caller is its staff.
 */
export async function getPlacesDashboard(opts: { chamberId: string; params: URLSearchParams; now?: Date }): Promise<PlacesDashboard> {
  const now = opts.now ?? new Date()
  const db = getDb()
  const districts = await loadDistricts(opts.chamberId)
  const filter = readPlacesFilter(opts.params, districts)
  const [open, members, weeks, overdue] = await Promise.all([
    loadOpenListings(opts.chamberId, filter, now),
    db.$count(chamberMemberships, and(eq(chamberMemberships.chamberId, opts.chamberId), eq(chamberMemberships.status, 'verified'))),
    loadWeeklyTrend(opts.chamberId, filter, now),
    loadOverdueMembers(opts.chamberId, filter),
  ])
  const today = berlinDate(now)
  return {
    filter,
    districts,
    today,
    fewApplications: FEW_APPLICATIONS,
    totals: {
      members,
      listings: open.length,
      places: open.reduce((sum, l) => sum + l.places, 0),
      applications: open.reduce((sum, l) => sum + l.applications, 0),
    },
    byOccupation: gapRows(open, (l) => ({ key: String(l.occupationId), label: l.occupation, detail: '' })),
    byDistrict: gapRows(open, (l) => ({ key: l.district, label: l.district, detail: l.state })),
    weeks,
    closingSoon: closingSoon(open, today),
    overdue,
  }
}

/** Published, unexpired listings of the members, each with its applications (withdrawn ones left out). */
async function loadOpenListings(chamberId: string, filter: PlacesFilter, now: Date) {
  const db = getDb()
  const applicationCount = sql<number>`(select count(*) from ${applications}
    where ${applications.listingId} = ${listings.id} and ${applications.status} <> 'withdrawn')::int`
  return db
    .select({
      id: listings.id,
      title: listings.title,
      startDate: listings.startDate,
      places: listings.placesCount,
      occupationId: listings.occupationId,
      occupation: occupations.name,
      district: places.district,
      state: places.state,
      place: places.name,
      company: organizations.name,
      applications: applicationCount,
    })
    .from(listings)
    .innerJoin(places, eq(places.id, listings.placeId))
    .innerJoin(occupations, eq(occupations.id, listings.occupationId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(
      and(
        ...memberListingConditions(db, chamberId, filter),
        eq(listings.status, 'published'),
        or(isNull(listings.expiresAt), gt(listings.expiresAt, now)),
      ),
    )
    .orderBy(asc(listings.startDate), asc(listings.id))
}

/** Districts to filter by: the Harz's, and any other a member has ever posted in. */
async function loadDistricts(chamberId: string): Promise<string[]> {
  const db = getDb()
  const memberPlaces = db
    .select({ placeId: listings.placeId })
    .from(listings)
    .where(inArray(listings.organizationId, verifiedMembers(db, chamberId)))
  const rows = await db
    .selectDistinct({ district: places.district })
    .from(places)
    .where(or(eq(places.isHarz, true), inArray(places.id, memberPlaces)))
    .orderBy(asc(places.district))
  return rows.map((r) => r.district)
}

function gapRows(open: OpenListing[], keyOf: (l: OpenListing) => Pick<GapRow, 'key' | 'label' | 'detail'>): GapRow[] {
  const rows = new Map<string, GapRow>()
  for (const listing of open) {
    const id = keyOf(listing)
    const row = rows.get(id.key) ?? { ...id, places: 0, applications: 0, gap: 0 }
    row.places += listing.places
    row.applications += listing.applications
    row.gap = row.places - row.applications
    rows.set(id.key, row)
  }
  return [...rows.values()].sort((a, b) => b.gap - a.gap || b.places - a.places || a.label.localeCompare(b.label, 'de'))
}

/** Open listings starting within the next weeks that have no or few applications, soonest first. */
function closingSoon(open: OpenListing[], today: string): ClosingListing[] {
  const last = addDays(today, CLOSING_DAYS)
  return open
    .filter((l) => l.startDate >= today && l.startDate <= last && l.applications <= FEW_APPLICATIONS)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.applications - b.applications || a.id - b.id)
    .map((l) => ({ id: l.id, title: l.title, company: l.company, place: l.place, startDate: l.startDate, places: l.places, applications: l.applications }))
}
