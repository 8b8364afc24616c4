import type { Lang } from '~/i18n'
import { distanceKm } from '~/utils/geo'
import { getDb, type Database } from '../../../db/client'
import type { SearchHandle } from '../../../search/client'
import { loadPickRows } from './counsellor-picks.server'
import type { ListingSummary } from '../listings/cards.server'
import { emptySearchInput, RADII, type Radius, type SearchInput } from '../search/search-params'
import { findCandidateIds, type CandidateSearch } from './candidates.server'
import { loadScorableListings, loadSeekerForMatching, type SeekerForMatching } from './match-data.server'
import type { MatchListing, MatchProfile, MatchResult } from './match-types'
import { DEFAULT_TRAVEL_KM, isWithinRadius, scoreMatch } from './score-match'
import { CERTIFICATE_RANK, GERMAN_RANK } from '../../../values/listings'

export const RECOMMENDATION_LIMIT = 20
/** Candidates: the newest listings in reach, and the nearest of the wished occupations; ~100 in all. */
const GENERAL_CANDIDATES = 60
const OCCUPATION_CANDIDATES = 60

export interface Recommendation {
  listing: ListingSummary
  match: MatchResult
}

/** A listing a chamber's counsellor recommended: shown first, as "empfohlen von <chamber>". */
export interface CounsellorPick {
  listing: ListingSummary
  /** Null without a profile to score against. */
  match: MatchResult | null
  chamberName: string
  note: string
  recommendedAt: string
}

export type RecommendationsResult =
  | { hasProfile: false; picks: CounsellorPick[] }
  /** `home` is the place distances are measured from, null without one. */
  | { hasProfile: true; home: string | null; recommendations: Recommendation[]; picks: CounsellorPick[] }

export interface RecommendationOptions {
  lang: Lang
  db?: Database
  /** Meilisearch to ask; the process's client when omitted, Postgres only when null. */
  search?: SearchHandle | null
  now?: Date
  /** Counsellors' picks first (default); off for a counsellor's view, which must not show other chambers' picks. */
  withCounsellorPicks?: boolean
}

/**
 * The search's radii are fixed steps; the smallest step that holds the seeker's radius (plus the
 * half kilometre that rounding the distance may add) goes to the Postgres fallback; the exact
 * radius is checked afterwards on the same distance the reasons show.
 */
function searchRadius(travelKm: number): Radius {
  return RADII.find((r) => r >= travelKm + 0.5) ?? RADII[RADII.length - 1]
}

/** The profile as hard filters of the listing search: radius, German, certificate, offer types. */
export function hardFilterInput(seeker: SeekerForMatching): SearchInput {
  const { profile } = seeker
  const input = emptySearchInput()
  if (seeker.homeWhere) {
    input.where = seeker.homeWhere
    input.radius = searchRadius(profile.travelKm ?? DEFAULT_TRAVEL_KM)
    input.sort = 'distance'
  } else {
    input.sort = 'newest'
  }
  input.german = profile.germanLevel
  // A foreign certificate has no German rank yet: it neither opens nor closes a listing.
  input.cert = profile.certificate && profile.certificate !== 'foreign' ? profile.certificate : null
  input.type = [...profile.wishedOfferTypes]
  return input
}

/** The same hard filters on a listing loaded from Postgres; the search copy may lag behind. */
export function passesHardFilters(profile: MatchProfile, listing: MatchListing): boolean {
  if (profile.home && !isWithinRadius(distanceKm(profile.home, listing.place), profile.travelKm ?? DEFAULT_TRAVEL_KM)) return false
  if (profile.germanLevel && GERMAN_RANK[listing.minGerman] > GERMAN_RANK[profile.germanLevel]) return false
  if (profile.certificate && profile.certificate !== 'foreign' && CERTIFICATE_RANK[listing.minCertificate] > CERTIFICATE_RANK[profile.certificate]) {
    return false
  }
  return profile.wishedOfferTypes.length === 0 || profile.wishedOfferTypes.includes(listing.offerType)
}

function candidateSearch(seeker: SeekerForMatching): CandidateSearch {
  const { home, travelKm } = seeker.profile
  return {
    base: hardFilterInput(seeker),
    // Half a kilometre more: a place at 25.4 km shows as "25 km", within "your 25 km".
    home: home ? { lat: home.lat, lng: home.lng, radiusKm: (travelKm ?? DEFAULT_TRAVEL_KM) + 0.5 } : null,
    general: GENERAL_CANDIDATES,
    occupations: { ids: seeker.profile.wishedOccupationIds, words: seeker.occupationWords, size: OCCUPATION_CANDIDATES },
  }
}

/** Open listings chambers recommended to the seeker, scored like the rest when there is a profile. */
async function loadCounsellorPicks(userId: string, seeker: SeekerForMatching | null, db: Database, now: Date): Promise<CounsellorPick[]> {
  const rows = await loadPickRows(userId, db)
  if (rows.length === 0) return []
  const listings = new Map((await loadScorableListings([...new Set(rows.map((r) => r.listingId))], db)).map((l) => [l.card.id, l]))
  return rows.flatMap((row) => {
    const listing = listings.get(row.listingId)
    if (!listing?.isOpen) return []
    return [
      {
        listing: listing.card,
        match: seeker ? scoreMatch(seeker.profile, listing.match, { now }) : null,
        chamberName: row.chamberName,
        note: row.note,
        recommendedAt: row.recommendedAt.toISOString(),
      },
    ]
  })
}

/**
 * Listings for the seeker: the profile's hard filters go to Meilisearch (the box around the radius,
 * German and certificate at most the seeker's, wished offer types), ~100 candidates come back, each
 * is checked again against Postgres (open, exact radius, filters) and re-ranked by the match score.
 * Counsellors' picks come separately and are not repeated among the rest.
 */
export async function getRecommendations(userId: string, opts: RecommendationOptions): Promise<RecommendationsResult> {
  const db = opts.db ?? getDb()
  const now = opts.now ?? new Date()
  const seeker = await loadSeekerForMatching(userId, db)
  const picks = opts.withCounsellorPicks === false ? [] : await loadCounsellorPicks(userId, seeker, db, now)
  if (!seeker) return { hasProfile: false, picks }
  const picked = new Set(picks.map((p) => p.listing.id))
  const ids = await findCandidateIds(candidateSearch(seeker), { lang: opts.lang, db, search: opts.search, now })
  const candidates = await loadScorableListings(ids, db)
  const recommendations = candidates
    .filter((candidate) => candidate.isOpen && !picked.has(candidate.card.id) && passesHardFilters(seeker.profile, candidate.match))
    .map((candidate) => ({ listing: candidate.card, match: scoreMatch(seeker.profile, candidate.match, { now }) }))
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        (a.match.distanceKm ?? 0) - (b.match.distanceKm ?? 0) ||
        (b.listing.publishedAt ?? '').localeCompare(a.listing.publishedAt ?? '') ||
        a.listing.id - b.listing.id,
    )
    .slice(0, RECOMMENDATION_LIMIT)
  return { hasProfile: true, home: seeker.profile.home?.name ?? null, recommendations, picks }
}
