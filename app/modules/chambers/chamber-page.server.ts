import { and, asc, count, desc, eq, gte, lte, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { chamberMemberships, listingPromotions, listings, organizations, places } from '../../../db/schema'
import { NotFound } from '~/utils/errors'
import { cardColumns, isOpenListing, toListingCard, type ListingSummary } from '../listings/cards.server'
import { berlinToday } from '~/utils/calendar-date'
import { renderMarkdown } from '../listings/markdown.server'
import { listCurrentCampaigns, type CurrentCampaign } from './campaigns.server'
import { listUpcomingEvents, organizerPath, type EventSummary } from '../events/events.server'

const CHAMBER_EVENTS_LIMIT = 10
const FEATURED_LIMIT = 12

export interface ChamberPlace {
  name: string
  postalCode: string
  district: string
  districtCode: string
  state: string
}

export interface ChamberSummary {
  name: string
  slug: string
  path: string
  place: ChamberPlace | null
  memberCount: number
}

export interface MemberBusiness {
  name: string
  path: string
  placeName: string | null
  openListings: number
  /** A search for the business's name as a phrase: its listings, wherever they are. */
  jobsPath: string
}

export interface ChamberPage {
  chamber: { name: string; slug: string; descriptionHtml: string; website: string | null; place: ChamberPlace | null; updatedAt: string }
  memberCount: number
  members: MemberBusiness[]
  campaigns: CurrentCampaign[]
  events: EventSummary[]
  featured: ListingSummary[]
}

const placeColumns = { placeName: places.name, postalCode: places.postalCode, district: places.district, districtCode: places.districtCode, state: places.state }

function toPlace(row: { placeName: string | null; postalCode: string | null; district: string | null; districtCode: string | null; state: string | null }): ChamberPlace | null {
  return row.placeName ? { name: row.placeName, postalCode: row.postalCode!, district: row.district!, districtCode: row.districtCode!, state: row.state! } : null
}

const verifiedMember = (chamberId: string | typeof organizations.id | typeof listingPromotions.chamberId) => and(eq(chamberMemberships.chamberId, chamberId), eq(chamberMemberships.status, 'verified'))

/** All chambers with their seat and how many member businesses they have verified, by name. */
export async function listChambers(db: Database = getDb()): Promise<ChamberSummary[]> {
  const rows = await db
    .select({ name: organizations.name, slug: organizations.slug, ...placeColumns, memberCount: count(chamberMemberships.id) })
    .from(organizations)
    .leftJoin(places, eq(places.id, organizations.placeId))
    .leftJoin(chamberMemberships, verifiedMember(organizations.id))
    .where(eq(organizations.kind, 'chamber'))
    .groupBy(organizations.id, places.id)
    .orderBy(asc(organizations.name))
  return rows.map((r) => ({ name: r.name, slug: r.slug, path: organizerPath('chamber', r.slug), place: toPlace(r), memberCount: r.memberCount }))
}

/** A chamber's public page: who it is, its verified members with open places, campaigns, events and featured listings. */
export async function getChamberPage(slug: string, opts: { now?: Date } = {}, db: Database = getDb()): Promise<ChamberPage> {
  const now = opts.now ?? new Date()
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      description: organizations.description,
      website: organizations.website,
      updatedAt: organizations.updatedAt,
      ...placeColumns,
    })
    .from(organizations)
    .leftJoin(places, eq(places.id, organizations.placeId))
    .where(and(eq(organizations.slug, slug), eq(organizations.kind, 'chamber')))
  if (!row) throw new NotFound('chamber')
  const [[{ memberCount }], members, campaigns, upcoming, featured] = await Promise.all([
    db.select({ memberCount: count() }).from(chamberMemberships).where(verifiedMember(row.id)),
    listMembersWithOpenListings(row.id, db),
    listCurrentCampaigns(row.id, { now }, db),
    listUpcomingEvents({ organizationId: row.id }, { limit: CHAMBER_EVENTS_LIMIT, now }, db),
    listFeaturedListings(row.id, now, db),
  ])
  return {
    chamber: {
      name: row.name,
      slug: row.slug,
      descriptionHtml: renderMarkdown(row.description),
      website: row.website,
      place: toPlace(row),
      updatedAt: row.updatedAt.toISOString(),
    },
    memberCount,
    members,
    campaigns,
    events: upcoming.items,
    featured,
  }
}

/** Verified member businesses that have at least one open listing, the most open places first. */
async function listMembersWithOpenListings(chamberId: string, db: Database): Promise<MemberBusiness[]> {
  const open = count(listings.id)
  const rows = await db
    .select({ name: organizations.name, slug: organizations.slug, placeName: places.name, openListings: open })
    .from(chamberMemberships)
    .innerJoin(organizations, and(eq(organizations.id, chamberMemberships.companyId), eq(organizations.kind, 'company')))
    .innerJoin(listings, and(eq(listings.organizationId, organizations.id), isOpenListing()))
    .leftJoin(places, eq(places.id, organizations.placeId))
    .where(verifiedMember(chamberId))
    .groupBy(organizations.id, places.id)
    .orderBy(desc(open), asc(organizations.name))
  return rows.map((r) => ({
    name: r.name,
    path: organizerPath('company', r.slug),
    placeName: r.placeName,
    openListings: r.openListings,
    jobsPath: `/jobs?${new URLSearchParams({ q: `"${r.name}"` })}`,
  }))
}

/**
 * Listings the chamber features today (German days), while they are open and their company is still
 * its verified member (as badges.server.ts reads "featured"); a listing featured twice shows once.
 */
async function listFeaturedListings(chamberId: string, now: Date, db: Database): Promise<ListingSummary[]> {
  const today = berlinToday(now)
  const rows = await db
    .select(cardColumns)
    .from(listingPromotions)
    .innerJoin(listings, and(eq(listings.id, listingPromotions.listingId), isOpenListing()))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .innerJoin(chamberMemberships, and(eq(chamberMemberships.companyId, listings.organizationId), verifiedMember(listingPromotions.chamberId)))
    .where(and(eq(listingPromotions.chamberId, chamberId), lte(listingPromotions.startsOn, today), gte(listingPromotions.endsOn, today)))
    .orderBy(sql`${listings.publishedAt} desc nulls last`, desc(listings.id))
  const seen = new Set<number>()
  return rows
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .slice(0, FEATURED_LIMIT)
    .map(toListingCard)
}
