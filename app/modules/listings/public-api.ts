import type { Pay } from '~/utils/format'
import { type InvalidParam } from '../search/search.schema'
import { MAX_PAGE, MAX_SIZE, RADII, SORTS } from '../search/search-params'
import type { ListingHit, SearchResult } from '../search/search-types'
import type { PublicListing } from './detail.server'
import { BENEFITS, CERTIFICATES, GERMAN_LEVELS, OFFER_TYPES, WORKING_TIMES, WORKPLACE_LANGUAGES } from '../../../values/listings'

/**
 * Every query parameter of /api/v1/listings, in the order the OpenAPI document lists them, with the
 * sentence a 400 answer gives when a value does not fit. Their schemas come from search.schema.ts.
 */
export const QUERY_PARAMETERS = [
  { name: 'q', expects: 'free text of at most 200 characters; occupations (in any of their names and languages), offer types, working times and a place in it are read as filters, see "understood"' },
  { name: 'where', expects: 'a place name or a five-digit postal code in Germany' },
  { name: 'radius', expects: `one of ${RADII.join(', ')} (km; 25 when "where" is given)` },
  { name: 'type', expects: `one of ${OFFER_TYPES.join(', ')}` },
  { name: 'field', expects: 'a two-digit KldB 2010 occupation field code, e.g. 25' },
  { name: 'time', expects: `one of ${WORKING_TIMES.join(', ')}` },
  { name: 'district', expects: 'a district name as in the facets, at most 120 characters' },
  { name: 'state', expects: 'a federal state name as in the facets, at most 60 characters' },
  { name: 'start', expects: 'the earliest start month as YYYY-MM' },
  { name: 'cert', expects: `one of ${CERTIFICATES.join(', ')} (the highest certificate the seeker has)` },
  { name: 'german', expects: `one of ${GERMAN_LEVELS.join(', ')} (the seeker's CEFR level)` },
  { name: 'salary', expects: 'a whole number of euros per month from 0 to 1000000' },
  { name: 'benefit', expects: `one of ${BENEFITS.join(', ')}` },
  { name: 'worklang', expects: `a language spoken at the workplace, one of ${WORKPLACE_LANGUAGES.join(', ')} (ISO 639-1)` },
  { name: 'refugees', expects: 'one of 1, true, on, ja, yes' },
  { name: 'germancourse', expects: 'one of 1, true, on, ja, yes (only listings whose company supports a German course)' },
  { name: 'verified', expects: 'one of 1, true, on, ja, yes' },
  { name: 'since', expects: 'a whole number of days from 1 to 365' },
  { name: 'literal', expects: 'one of 1, true, on, ja, yes (search the words of "q" as typed, without reading filters out of them)' },
  { name: 'sort', expects: `one of ${SORTS.join(', ')}` },
  { name: 'page', expects: `a whole number from 1 to ${MAX_PAGE}` },
  { name: 'size', expects: `a whole number from 1 to ${MAX_SIZE}` },
] as const

const EXPECTS = new Map<string, string>(QUERY_PARAMETERS.map((p) => [p.name, p.expects]))

export interface InvalidParameter {
  name: string
  message: string
}

export function describeInvalid(invalid: InvalidParam[]): InvalidParameter[] {
  return invalid.map(({ name, reason }) => ({
    name,
    message: reason === 'unknown' ? 'is not a parameter of this endpoint' : reason === 'repeated' ? 'may be given only once' : `must be ${EXPECTS.get(name) ?? 'valid'}`,
  }))
}

export interface ApiSalary {
  currency: 'EUR'
  period: 'hour' | 'month' | 'year'
  min: number | null
  max: number | null
  /** Training places: the monthly allowance of each training year, first year first. */
  trainingAllowances: number[] | null
}

export function toApiSalary(pay: Pay): ApiSalary | null {
  const allowances = pay.trainingAllowances?.length ? pay.trainingAllowances : null
  if (allowances) return { currency: 'EUR', period: 'month', min: Math.min(...allowances), max: Math.max(...allowances), trainingAllowances: allowances }
  if (pay.payMin == null && pay.payMax == null) return null
  return { currency: 'EUR', period: pay.payPeriod ?? 'month', min: pay.payMin, max: pay.payMax, trainingAllowances: null }
}

const absolute = (path: string, origin: string) => new URL(path, origin).toString()
const companyUrl = (slug: string, origin: string) => absolute(`/companies/${encodeURIComponent(slug)}`, origin)

export function toApiHit(hit: ListingHit, origin: string) {
  return {
    id: hit.id,
    url: absolute(hit.url, origin),
    title: hit.title,
    offerType: hit.offerType,
    workingTime: hit.workingTime,
    company: hit.company.name,
    companyUrl: companyUrl(hit.company.slug, origin),
    companyVerified: hit.company.verified,
    place: hit.place,
    postalCode: hit.postalCode,
    district: hit.district,
    state: hit.state,
    lat: hit.lat,
    lng: hit.lng,
    distanceKm: hit.distanceKm,
    startDate: hit.startDate,
    salary: toApiSalary(hit),
    publishedAt: hit.publishedAt,
  }
}

export function toApiList(result: SearchResult, origin: string) {
  return {
    total: result.total,
    page: result.page,
    size: result.size,
    // Partners learn when the search engine was out and Postgres answered, with its plainer ranking.
    source: result.notice === 'fallback' ? ('fallback' as const) : ('meilisearch' as const),
    hits: result.hits.map((hit) => toApiHit(hit, origin)),
    facets: result.facets,
    understood: result.understood ? result.understood.parts.map(({ kind, text, label, values }) => ({ kind, text, label, values })) : [],
    related: result.related ?? [],
  }
}

/** One listing with every public field; the description as sanitized HTML. */
export function toApiListing(listing: PublicListing, origin: string) {
  const { occupation, place, company } = listing
  return {
    id: listing.id,
    url: absolute(listing.path, origin),
    title: listing.title,
    offerType: listing.offerType,
    occupation: {
      name: occupation.name,
      durationMonths: occupation.durationMonths,
      isCrafts: occupation.isCrafts,
      field: occupation.fieldCode ? { code: occupation.fieldCode, title: occupation.fieldTitle } : null,
      iscoGroup: occupation.iscoGroup,
    },
    descriptionHtml: listing.descriptionHtml,
    company: {
      name: company.name,
      url: companyUrl(company.slug, origin),
      website: company.website,
      sector: company.sector,
      sizeBand: company.sizeBand,
      verified: company.isVerified,
      trainingCompany: company.isTrainingCompany,
    },
    place: { name: place.name, postalCode: place.postalCode, district: place.district, state: place.state, lat: place.lat, lng: place.lng },
    workingTime: listing.workingTime,
    startDate: listing.startDate,
    placesCount: listing.placesCount,
    salary: toApiSalary(listing.pay),
    requirements: { minCertificate: listing.minCertificate, minGerman: listing.minGerman, drivingLicence: listing.needsDrivingLicence },
    benefits: listing.benefits,
    suitableForRefugees: listing.isSuitableForRefugees,
    recognitionSupport: listing.hasRecognitionSupport,
    workplaceLanguages: listing.workplaceLanguages,
    germanCourseSupport: listing.supportsGermanCourse,
    applicationDeadline: listing.applicationDeadline,
    contactName: listing.contactName,
    publishedAt: listing.publishedAt,
    expiresAt: listing.expiresAt,
  }
}
