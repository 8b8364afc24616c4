import { and, asc, count, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import { boundingBox, roundDistanceKm } from '~/utils/geo'
import type { FieldErrors } from '~/utils/errors'
import { getDb, type Database } from '../../../db/client'
import { places, seekerProfiles, users } from '../../../db/schema'
import { distanceSql } from '../search/fallback-sql.server'
import { resolvePlace } from '../search/place.server'
import type { ResolvedPlace } from '../search/search-types'
import { candidatePseudonyms } from './candidate-id.server'
import { candidateColumns, loadWishedOccupations, scoreCandidate, toCandidateSummary, type CandidateSummary } from './candidate-view.server'
import { CANDIDATE_PAGE_SIZE, type CandidateFilters } from './candidates.schema'
import { listOpenCompanyListings, loadCompanyMatchListing } from './company-listings.server'
import { isFindableBy, isReferredTo } from './visibility.server'
import { GERMAN_LEVELS, GERMAN_RANK } from '../../../values/listings'

/**
 * With a listing chosen, candidates are ranked by how well it fits them, which needs every
 * candidate scored: the most recently updated this many are, the rest are not shown.
 */
export const MAX_RANKED = 500

export interface CandidateSearch {
  organizationId: string
  filters: CandidateFilters
  occupationId: number | null
  now?: Date
  db?: Database
}

export interface CandidateSearchResult {
  total: number
  /** More candidates fit the filters than could be ranked by the listing's score. */
  isRankCapped: boolean
  page: number
  pageCount: number
  items: CandidateSummary[]
  place: Pick<ResolvedPlace, 'name' | 'postalCode'> | null
  /** Filters the search could not use: an unknown place, a listing that is not the company's. */
  errors: FieldErrors
}

function filterConditions(organizationId: string, filters: CandidateFilters, occupationId: number | null, place: ResolvedPlace | null): SQL {
  const parts: SQL[] = [isFindableBy(organizationId)]
  if (occupationId !== null) parts.push(sql`${occupationId}::int = any(${seekerProfiles.wishedOccupationIds})`)
  if (filters.german) parts.push(inArray(seekerProfiles.germanLevel, GERMAN_LEVELS.slice(GERMAN_RANK[filters.german])))
  if (filters.availableBy) parts.push(or(isNull(seekerProfiles.availableFrom), lte(seekerProfiles.availableFrom, filters.availableBy))!)
  if (place) {
    // The same exact haversine radius as /jobs; the box lets the planner skip far places cheaply.
    const box = boundingBox(place, filters.radius)
    parts.push(
      sql`${places.lat} between ${box.minLat} and ${box.maxLat}`,
      sql`${places.lng} between ${box.minLng} and ${box.maxLng}`,
      sql`${distanceSql(place.lat, place.lng)} <= ${filters.radius}`,
    )
  }
  if (filters.onlyRecommended) parts.push(isReferredTo(organizationId))
  return and(...parts)!
}

/**
 * Seekers a company may find, anonymised: those who opted in and those the chamber network passed
 * on to it. Filters are exact (radius from the home place, minimum German level, available by a
 * day, a wished occupation); a chosen listing adds its match score and orders by it.
 */
export async function searchCandidates({ organizationId, filters, occupationId, now = new Date(), db = getDb() }: CandidateSearch): Promise<CandidateSearchResult> {
  const errors: FieldErrors = {}
  const place = filters.where ? await resolvePlace(filters.where, db) : null
  if (filters.where && !place) errors.where = 'candidates.error.place'
  const options = filters.listingId !== null ? await listOpenCompanyListings(organizationId, db) : []
  const listing = filters.listingId !== null ? await loadCompanyMatchListing(options, filters.listingId, db) : null
  if (filters.listingId !== null && !listing) errors.listing = 'candidates.error.listing'

  const where = filterConditions(organizationId, filters, occupationId, place)
  const [{ n }] = await db
    .select({ n: count() })
    .from(users)
    .leftJoin(seekerProfiles, eq(seekerProfiles.userId, users.id))
    .leftJoin(places, eq(places.id, seekerProfiles.homePlaceId))
    .where(where)
  const distance = place ? distanceSql(place.lat, place.lng) : sql<null>`null`
  const order = place ? asc(distance) : sql`${seekerProfiles.updatedAt} desc nulls last`
  const window = listing ? { limit: MAX_RANKED, offset: 0 } : { limit: CANDIDATE_PAGE_SIZE, offset: (filters.page - 1) * CANDIDATE_PAGE_SIZE }
  const rows = await db
    .select({ ...candidateColumns, isReferred: sql<boolean>`${isReferredTo(organizationId)}`, distance: sql<number | null>`${distance}` })
    .from(users)
    .leftJoin(seekerProfiles, eq(seekerProfiles.userId, users.id))
    .leftJoin(places, eq(places.id, seekerProfiles.homePlaceId))
    .where(where)
    .orderBy(order, asc(users.id))
    .limit(window.limit)
    .offset(window.offset)

  const names = await loadWishedOccupations(db, rows)
  const pseudonyms = await candidatePseudonyms(organizationId, db)
  let scored = rows.map((row) => ({ row, match: listing ? scoreCandidate(row, names, listing, now) : null }))
  if (listing) {
    // Array.prototype.sort is stable: equal scores keep the distance or recency order.
    scored = scored.sort((a, b) => b.match!.score - a.match!.score).slice((filters.page - 1) * CANDIDATE_PAGE_SIZE, filters.page * CANDIDATE_PAGE_SIZE)
  }
  const total = listing ? Math.min(n, MAX_RANKED) : n
  return {
    total,
    isRankCapped: listing !== null && n > MAX_RANKED,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / CANDIDATE_PAGE_SIZE)),
    items: scored.map(({ row, match }) =>
      toCandidateSummary(row, { pseudonyms, names, match, distanceKm: row.distance === null ? null : roundDistanceKm(Number(row.distance)) }),
    ),
    place: place ? { name: place.name, postalCode: place.postalCode } : null,
    errors,
  }
}
