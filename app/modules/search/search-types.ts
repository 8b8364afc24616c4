import type { PayPeriod } from '~/utils/format'
import type { UnderstoodSummary } from './understanding/apply'
import type { FacetParam, FilterParam, Radius } from './search-params'
import type { Benefit, OfferType, WorkingTime } from '../../../values/listings'

/** The place a `where` resolved to through the gazetteer. */
export interface ResolvedPlace {
  id: number
  name: string
  postalCode: string
  district: string
  districtCode: string
  state: string
  lat: number
  lng: number
}

export interface ListingHit {
  id: number
  /** `/jobs/<id>-<slug>` */
  url: string
  title: string
  offerType: OfferType
  workingTime: WorkingTime
  /** `memberOf`: names of the chambers that verified the company ("Mitgliedsbetrieb der …"). */
  company: { name: string; slug: string; verified: boolean; memberOf: string[] }
  /** A chamber features the listing today: labelled on the card, first among equal matches. */
  isFeatured: boolean
  place: string
  postalCode: string
  district: string
  districtCode: string
  state: string
  lat: number
  lng: number
  /** Great-circle km from the resolved place, one decimal; null without a place. */
  distanceKm: number | null
  /** YYYY-MM-DD */
  startDate: string
  payPeriod: PayPeriod | null
  payMin: number | null
  payMax: number | null
  trainingAllowances: number[] | null
  /** The comparable monthly minimum the salary filter and sort use. */
  salaryMonthlyMin: number | null
  badges: { benefits: Benefit[]; refugees: boolean; verified: boolean }
  /** ISO 8601 */
  publishedAt: string | null
}

export interface FacetValue {
  value: string
  /** A title from the data (occupation fields); null where the UI translates the value itself. */
  label: string | null
  /** Hits with every other filter applied and this value chosen in its group. */
  count: number
  selected: boolean
}

export type Facets = Record<FacetParam, FacetValue[]>

export type Suggestion =
  /** `where`/`q` set when the place was read from the text: a radius needs the place in `where`. */
  | { kind: 'radius'; radius: Radius; count: number; where?: string; q?: string }
  | { kind: 'drop'; param: FilterParam; count: number }

export interface RelatedOccupation {
  /** The occupation's display name; searching it finds its listings. */
  name: string
  count: number
}

export interface SearchResult {
  total: number
  page: number
  size: number
  hits: ListingHit[]
  facets: Facets
  place: ResolvedPlace | null
  /** What the text was read as (occupations, offer types, working times, place); absent for a literal search. */
  understood?: UnderstoodSummary
  /** Set when `where` was given but matched no place; the radius is ignored then. */
  whereNotFound?: true
  /** Meilisearch did not answer; Postgres did. */
  notice?: 'fallback'
  /** For a thin result of a named occupation: related occupations (KldB) with their hits under the same filters. */
  related?: RelatedOccupation[]
  /** Only for an empty result: wider radius or one filter fewer, each with the hits it would give. */
  suggestions?: Suggestion[]
  /** Time spent answering, for logs and the benchmark. */
  tookMs: number
}
