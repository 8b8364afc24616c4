import type { Benefit, OfferType, WorkplaceLanguage } from '../../../db/schema/listings'

/* The parameters of a listing search, as values and types the browser may use too; the zod parser
   lives in search.schema.ts, which only the server needs. */

// Restated from db/schema/listings.ts so this file stays client-safe (no drizzle, no zod in the
// browser bundle); search.schema.test.ts checks both lists stay equal.
export const OFFER_TYPE_VALUES = ['ausbildung', 'job', 'praktikum', 'duales-studium', 'eq'] as const satisfies readonly OfferType[]
export const WORKING_TIME_VALUES = ['vollzeit', 'teilzeit', 'schicht', 'minijob'] as const
export const CERTIFICATE_VALUES = ['none', 'hauptschule', 'mittlere-reife', 'fachhochschulreife', 'abitur'] as const
export const GERMAN_LEVEL_VALUES = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const
export const BENEFIT_VALUES = ['shuttle', 'deutschlandticket', 'housing', 'licence', 'relocation'] as const satisfies readonly Benefit[]
export const WORKPLACE_LANGUAGE_VALUES = ['de', 'en', 'uk', 'ru', 'pl', 'ro', 'bg', 'ar', 'tr', 'fa', 'ku', 'vi'] as const satisfies readonly WorkplaceLanguage[]

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
export type WorkingTime = (typeof WORKING_TIME_VALUES)[number]
export type Certificate = (typeof CERTIFICATE_VALUES)[number]
export type GermanLevel = (typeof GERMAN_LEVEL_VALUES)[number]

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
