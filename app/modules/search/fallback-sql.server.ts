import { and, eq, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm'
import { listings, occupations, organizations, places } from '../../../db/schema'
import { HOURS_PER_MONTH } from '../../../search/documents'
import { boundingBox, EARTH_RADIUS_KM } from '~/utils/geo'
import type { FilterSpec } from './filter-spec'
import type { FacetParam } from './search-params'
import { CERTIFICATES, GERMAN_LEVELS } from '../../../values/listings'

/**
 * The Postgres translation of a FilterSpec, for when Meilisearch is down. Plain SQL that
 * PostgreSQL 15 and PGlite both run.
 */

const MAX_WORDS = 8

/** "Kfz-Mechatroniker Goslar" → "kfz:* & mechatroniker:* & goslar:*"; null when no word is left. */
export function toPrefixTsQuery(text: string): string | null {
  const words = text.toLocaleLowerCase('de').match(/[\p{L}\p{N}]+/gu) ?? []
  const unique = [...new Set(words)].slice(0, MAX_WORDS)
  return unique.length ? unique.map((word) => `${word}:*`).join(' & ') : null
}

/** Word-start patterns for occupation names and labels in every language ("electrician", "كهربائي"). */
export function labelConditions(text: string): SQL[] {
  const words = text.toLocaleLowerCase('de').match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words)]
    .slice(0, MAX_WORDS)
    .map((word) => sql`(${occupations.name} || ' ' || ${occupations.labels}::text) ~* ${`(^|[^[:alnum:]])${word}`}`)
}

/**
 * The text of a search, prepared once per request (fallback.server.ts): the prefix tsquery, or null
 * when it holds only stop words (no text filter then), and the occupations whose labels carry
 * every word, so "electrician" finds Elektroniker listings without Meilisearch too.
 */
export interface TextMatch {
  tsQuery: string | null
  occupationIds: number[]
}

/**
 * Listings whose German text holds every word. The expression repeats the one of the
 * `listings_search_idx` index (db/schema/listings.ts) word for word, or the index goes unused; as a
 * subquery it is matched once through the index instead of once per candidate row.
 */
function textMatches(tsQuery: string): SQL {
  return sql`${listings.id} in (select t.id from ${listings} t
    where to_tsvector('german', t.title || ' ' || t.description) @@ to_tsquery('german', ${tsQuery}))`
}

function textCondition(match: TextMatch | null): SQL | undefined {
  if (!match?.tsQuery) return undefined
  const words = textMatches(match.tsQuery)
  return match.occupationIds.length ? or(words, inArray(listings.occupationId, match.occupationIds)) : words
}

/** Haversine in SQL, the same formula as distanceKm() in app/utils/geo.ts. */
export function distanceSql(lat: number, lng: number): SQL<number> {
  return sql<number>`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1::float8, sqrt(
    power(sin(radians(${places.lat} - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(${places.lat})) * power(sin(radians(${places.lng} - ${lng}::float8) / 2), 2)))))`
}

/** The comparable monthly minimum, as monthlySalaryMin() in search/documents.ts computes it. */
export const salaryMonthlyMinSql = sql<number | null>`(case
  when ${listings.trainingAllowances}[1] is not null and (${listings.offerType} = 'ausbildung' or ${listings.payMin} is null)
    then ${listings.trainingAllowances}[1]
  when ${listings.payMin} is null then null
  when ${listings.payPeriod} = 'hour' then ${listings.payMin} * ${HOURS_PER_MONTH}
  when ${listings.payPeriod} = 'year' then round(${listings.payMin} / 12.0)::int
  else ${listings.payMin} end)`

const at = (ts: number) => sql`to_timestamp(${ts})`

/** Everything but the facet groups: visibility, text, radius and the single-valued filters. */
export function baseCondition(spec: FilterSpec, text: TextMatch | null): SQL {
  const parts: Array<SQL | undefined> = [
    eq(listings.status, 'published'),
    or(isNull(listings.expiresAt), sql`${listings.expiresAt} > ${at(spec.nowTs)}`),
    textCondition(text),
    spec.occupationIds ? inArray(listings.occupationId, spec.occupationIds) : undefined,
  ]
  if (spec.geo) {
    const box = boundingBox(spec.geo, spec.geo.radiusKm)
    parts.push(
      sql`${places.lat} between ${box.minLat} and ${box.maxLat}`,
      sql`${places.lng} between ${box.minLng} and ${box.maxLng}`,
      sql`${distanceSql(spec.geo.lat, spec.geo.lng)} <= ${spec.geo.radiusKm}`,
    )
  }
  if (spec.startTs !== null) parts.push(gte(listings.startDate, new Date(spec.startTs * 1000).toISOString().slice(0, 10)))
  if (spec.maxCertificateRank !== null) parts.push(inArray(listings.minCertificate, CERTIFICATES.slice(0, spec.maxCertificateRank + 1)))
  if (spec.maxGermanRank !== null) parts.push(inArray(listings.minGerman, GERMAN_LEVELS.slice(0, spec.maxGermanRank + 1)))
  if (spec.minSalary !== null) parts.push(sql`${salaryMonthlyMinSql} >= ${spec.minSalary}`)
  if (spec.refugees) parts.push(eq(listings.isSuitableForRefugees, true))
  if (spec.germanCourse) parts.push(eq(listings.supportsGermanCourse, true))
  if (spec.verified) parts.push(eq(organizations.isVerified, true))
  if (spec.publishedSinceTs !== null) parts.push(sql`${listings.publishedAt} >= ${at(spec.publishedSinceTs)}`)
  return and(...parts)!
}

/** The column each facet groups by; benefits and workplace languages are arrays, unnested for counting. */
export const FACET_COLUMN = {
  type: listings.offerType,
  field: occupations.fieldCode,
  time: listings.workingTime,
  district: places.district,
  state: places.state,
  benefit: listings.benefits,
  worklang: listings.workplaceLanguages,
} as const

/** The condition of one facet group's selection; true when nothing is chosen in it. */
export function facetCondition(name: FacetParam, values: string[]): SQL {
  if (values.length === 0) return sql`true`
  if (name === 'benefit' || name === 'worklang') return sql`${FACET_COLUMN[name]} && ${sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`}`
  return sql`${FACET_COLUMN[name]} in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`
}

export function fullCondition(spec: FilterSpec, text: TextMatch | null): SQL {
  const groups = (Object.entries(spec.facets) as Array<[FacetParam, string[]]>).map(([name, values]) => facetCondition(name, values))
  return and(baseCondition(spec, text), ...groups)!
}

/** The joins every fallback query shares. */
export const fromListings = sql`${listings}
  join ${places} on ${places.id} = ${listings.placeId}
  join ${organizations} on ${organizations.id} = ${listings.organizationId}
  join ${occupations} on ${occupations.id} = ${listings.occupationId}`
