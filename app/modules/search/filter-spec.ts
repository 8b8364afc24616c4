import { FACET_PARAMS, type FacetParam, type SearchInput } from './search-params'
import type { ResolvedPlace } from './search-types'
import { CERTIFICATE_RANK, GERMAN_RANK } from '../../../values/listings'

/**
 * A search reduced to what both engines filter on: Meilisearch (meili-filter.ts) and the Postgres
 * fallback (fallback-sql.server.ts) translate this one structure, so they cannot drift apart.
 */
export interface FilterSpec {
  /** The words left for the text match once occupations, offer types and places were read out of them. */
  text: string
  /** Listings of these occupations only (the occupations the text names); null: any occupation. */
  occupationIds: number[] | null
  /**
   * `placeIds`, when known, are the gazetteer's places within the radius: Meilisearch filters by them
   * instead of `_geoRadius`, which costs 10–15 ms per query and repeats in every facet query.
   */
  geo: { lat: number; lng: number; radiusKm: number; placeIds?: number[] } | null
  /** Chosen values per facet group; an empty list does not filter. */
  facets: Record<FacetParam, string[]>
  /** Unix seconds of the first day of the earliest start month (UTC). */
  startTs: number | null
  maxCertificateRank: number | null
  maxGermanRank: number | null
  minSalary: number | null
  refugees: boolean
  germanCourse: boolean
  verified: boolean
  publishedSinceTs: number | null
  /** "Now" for visibility (expiry) and `since`, fixed once per request. */
  nowTs: number
}

const DAY_SECONDS = 86_400

export function monthStartTs(month: string): number {
  return Date.parse(`${month}-01T00:00:00Z`) / 1000
}

export function buildFilterSpec(input: SearchInput, place: ResolvedPlace | null, now: Date, occupationIds: number[] | null = null): FilterSpec {
  const nowTs = Math.floor(now.getTime() / 1000)
  const facets = Object.fromEntries(FACET_PARAMS.map((name) => [name, [...input[name]]])) as Record<FacetParam, string[]>
  return {
    text: input.q.trim(),
    occupationIds,
    geo: place && input.radius ? { lat: place.lat, lng: place.lng, radiusKm: input.radius } : null,
    facets,
    startTs: input.start ? monthStartTs(input.start) : null,
    maxCertificateRank: input.cert ? CERTIFICATE_RANK[input.cert] : null,
    maxGermanRank: input.german ? GERMAN_RANK[input.german] : null,
    minSalary: input.salary,
    refugees: input.refugees,
    germanCourse: input.germancourse,
    verified: input.verified,
    publishedSinceTs: input.since ? nowTs - input.since * DAY_SECONDS : null,
    nowTs,
  }
}

/** The same spec with one facet group's own selection lifted: the base of that group's counts. */
export function withoutFacet(spec: FilterSpec, name: FacetParam): FilterSpec {
  return { ...spec, facets: { ...spec.facets, [name]: [] } }
}

export function activeFacetGroups(spec: FilterSpec): FacetParam[] {
  return FACET_PARAMS.filter((name) => spec.facets[name].length > 0)
}
