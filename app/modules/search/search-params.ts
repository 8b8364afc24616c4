import type { Benefit, Certificate, GermanLevel, OfferType, WorkingTime, WorkplaceLanguage } from '../../../values/listings'

/* The parameters of a listing search, as values and types the browser may use too; the zod parser
   lives in search.schema.ts, which only the server needs. */

export const RADII = [5, 10, 25, 50, 100] as const
export const DEFAULT_RADIUS = 25
export const SORTS = ['relevance', 'newest', 'distance', 'salary', 'start'] as const
export const DEFAULT_SIZE = 20
export const MAX_SIZE = 100
export const MAX_PAGE = 500
/**
 * The deepest hit a search can page to: Meilisearch serves no hit past its index setting
 * `pagination.maxTotalHits`, set to the same number in search/settings.ts. Totals stay exact beyond it.
 */
export const MAX_RESULT_WINDOW = 10_000
export const SINCE_CHOICES = [1, 3, 7, 14, 30] as const

export type Radius = (typeof RADII)[number]
export type Sort = (typeof SORTS)[number]

/** A parsed `/jobs` (and `/api/v1/listings`) query. Absent filters are empty lists, null or false. */
export interface SearchInput {
  q: string
  where: string
  /** Only meaningful with `where`; 25 when `where` is given without a radius. */
  radius: Radius | null
  type: OfferType[]
  field: string[]
  time: WorkingTime[]
  district: string[]
  state: string[]
  /** Earliest start month, YYYY-MM. */
  start: string | null
  cert: Certificate | null
  german: GermanLevel | null
  salary: number | null
  benefit: Benefit[]
  /** Languages spoken at the workplace ("Arbeitssprachen"). */
  worklang: WorkplaceLanguage[]
  refugees: boolean
  /** Only listings whose company supports a German course. */
  germancourse: boolean
  verified: boolean
  since: number | null
  /** Search the words as typed, without reading occupations, offer types or places out of them. */
  literal: boolean
  sort: Sort
  page: number
  size: number
}

/** Facet groups: several values of one group widen the search (OR), groups narrow it (AND). */
export const FACET_PARAMS = ['type', 'field', 'time', 'district', 'state', 'benefit', 'worklang'] as const
export type FacetParam = (typeof FACET_PARAMS)[number]

/** Filters that are not facets, in the order an empty result offers to drop them. */
export const SINGLE_FILTER_PARAMS = ['start', 'cert', 'german', 'salary', 'refugees', 'germancourse', 'verified', 'since'] as const
export type SingleFilterParam = (typeof SINGLE_FILTER_PARAMS)[number]
export type FilterParam = FacetParam | SingleFilterParam

export function emptySearchInput(): SearchInput {
  return {
    q: '',
    where: '',
    radius: null,
    type: [],
    field: [],
    time: [],
    district: [],
    state: [],
    start: null,
    cert: null,
    german: null,
    salary: null,
    benefit: [],
    worklang: [],
    refugees: false,
    germancourse: false,
    verified: false,
    since: null,
    literal: false,
    sort: 'relevance',
    page: 1,
    size: DEFAULT_SIZE,
  }
}

/** The filters set beyond text and place, facets first. */
export function activeFilters(input: SearchInput): FilterParam[] {
  const facets = FACET_PARAMS.filter((name) => input[name].length > 0)
  const singles = SINGLE_FILTER_PARAMS.filter((name) => {
    const value = input[name]
    return value !== null && value !== false
  })
  return [...facets, ...singles]
}
