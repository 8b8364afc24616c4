import type { FilterSpec } from './filter-spec'
import type { FacetParam, Sort } from './search-params'

/** The document attribute behind each facet parameter (search/documents.ts). */
export const FACET_ATTRIBUTE: Record<FacetParam, string> = {
  type: 'offerType',
  field: 'fieldCode',
  time: 'workingTime',
  district: 'district',
  state: 'state',
  benefit: 'benefits',
  worklang: 'workplaceLanguages',
}

/** A string literal in Meilisearch's filter syntax; user text (district names) passes through here. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** Meilisearch reads a filter array as AND of its parts. */
export function toMeiliFilter(spec: FilterSpec): string[] {
  const parts = [`(expiresTs IS NULL OR expiresTs > ${spec.nowTs})`]
  if (spec.occupationIds) parts.push(`occupationId IN [${spec.occupationIds.join(', ')}]`)
  if (spec.geo?.placeIds?.length) parts.push(`placeId IN [${spec.geo.placeIds.join(', ')}]`)
  else if (spec.geo) parts.push(`_geoRadius(${spec.geo.lat}, ${spec.geo.lng}, ${Math.round(spec.geo.radiusKm * 1000)})`)
  for (const [name, values] of Object.entries(spec.facets) as Array<[FacetParam, string[]]>) {
    if (values.length > 0) parts.push(`${FACET_ATTRIBUTE[name]} IN [${values.map(quote).join(', ')}]`)
  }
  if (spec.startTs !== null) parts.push(`startTs >= ${spec.startTs}`)
  if (spec.maxCertificateRank !== null) parts.push(`minCertificateRank <= ${spec.maxCertificateRank}`)
  if (spec.maxGermanRank !== null) parts.push(`minGermanRank <= ${spec.maxGermanRank}`)
  if (spec.minSalary !== null) parts.push(`salaryMonthlyMin >= ${spec.minSalary}`)
  if (spec.refugees) parts.push('isSuitableForRefugees = true')
  if (spec.germanCourse) parts.push('supportsGermanCourse = true')
  if (spec.verified) parts.push('companyVerified = true')
  if (spec.publishedSinceTs !== null) parts.push(`publishedTs >= ${spec.publishedSinceTs}`)
  return parts
}

/** Relevance needs no sort: the ranking rules end with newest first among equals. */
export function toMeiliSort(sort: Sort, spec: FilterSpec): string[] | undefined {
  switch (sort) {
    case 'newest':
      return ['publishedTs:desc']
    case 'distance':
      return spec.geo ? [`_geoPoint(${spec.geo.lat}, ${spec.geo.lng}):asc`] : undefined
    case 'salary':
      return ['salaryMonthlyMin:desc']
    case 'start':
      return ['startTs:asc']
    default:
      return undefined
  }
}
