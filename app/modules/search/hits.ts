import type { ListingDocument } from '../../../search/documents'
import { distanceKm } from '~/utils/geo'
import { listingPath } from '~/utils/slug'
import type { ListingHit, ResolvedPlace } from './search-types'

/** What both engines hand back per hit: a slice of the search document. */
export type HitSource = Pick<
  ListingDocument,
  | 'id'
  | 'title'
  | 'offerType'
  | 'workingTime'
  | 'company'
  | 'companySlug'
  | 'companyVerified'
  | 'companyMemberOf'
  | 'featuredRank'
  | 'place'
  | 'postalCode'
  | 'district'
  | 'districtCode'
  | 'state'
  | '_geo'
  | 'startDate'
  | 'payPeriod'
  | 'payMin'
  | 'payMax'
  | 'trainingAllowances'
  | 'salaryMonthlyMin'
  | 'benefits'
  | 'isSuitableForRefugees'
  | 'publishedTs'
>

export const HIT_ATTRIBUTES: Array<keyof HitSource> = [
  'id',
  'title',
  'offerType',
  'workingTime',
  'company',
  'companySlug',
  'companyVerified',
  'companyMemberOf',
  'featuredRank',
  'place',
  'postalCode',
  'district',
  'districtCode',
  'state',
  '_geo',
  'startDate',
  'payPeriod',
  'payMin',
  'payMax',
  'trainingAllowances',
  'salaryMonthlyMin',
  'benefits',
  'isSuitableForRefugees',
  'publishedTs',
]

export function toListingHit(source: HitSource, place: ResolvedPlace | null): ListingHit {
  const { lat, lng } = source._geo
  return {
    id: source.id,
    url: listingPath(source.id, source.title),
    title: source.title,
    offerType: source.offerType,
    workingTime: source.workingTime,
    // Documents indexed before chambers verified members carry neither field.
    company: { name: source.company, slug: source.companySlug, verified: source.companyVerified, memberOf: source.companyMemberOf ?? [] },
    isFeatured: source.featuredRank === 1,
    place: source.place,
    postalCode: source.postalCode,
    district: source.district,
    districtCode: source.districtCode,
    state: source.state,
    lat,
    lng,
    distanceKm: place ? Math.round(distanceKm(place, { lat, lng }) * 10) / 10 : null,
    startDate: source.startDate,
    payPeriod: source.payPeriod,
    payMin: source.payMin,
    payMax: source.payMax,
    trainingAllowances: source.trainingAllowances?.length ? source.trainingAllowances : null,
    salaryMonthlyMin: source.salaryMonthlyMin,
    badges: { benefits: source.benefits ?? [], refugees: source.isSuitableForRefugees, verified: source.companyVerified },
    publishedAt: source.publishedTs !== null ? new Date(source.publishedTs * 1000).toISOString() : null,
  }
}
