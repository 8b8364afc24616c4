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

/** A list of whole numbers as one array literal: thousands of place ids stay one parameter-free value. */
function intArray(ids: number[]): SQL {
  return sql.raw(`'{${ids.filter(Number.isInteger).join(',')}}'::int[]`)
}

/** Listings within the radius: by the gazetteer's places within it when known (as Meilisearch is asked). */
function radiusCondition(geo: NonNullable<FilterSpec['geo']>): SQL {
  if (geo.placeIds) return sql`${listings.placeId} = any(${intArray(geo.placeIds)})`
  const box = boundingBox(geo, geo.radiusKm)
  return sql`${listings.placeId} in (select ${places.id} from ${places}
    where ${places.lat} between ${box.minLat} and ${box.maxLat} and ${places.lng} between ${box.minLng} and ${box.maxLng}
      and ${distanceSql(geo.lat, geo.lng)} <= ${geo.radiusKm})`
}

/**
 * Everything but the facet groups: visibility, text, radius and the single-valued filters. Only
 * columns of `listings` (other tables through id subqueries), so counting and ranking read the
 * narrow `listings_published_search_idx` instead of joining wide rows.
 */
export function baseCondition(spec: FilterSpec, text: TextMatch | null): SQL {
  const parts: Array<SQL | undefined> = [
    eq(listings.status, 'published'),
    or(isNull(listings.expiresAt), sql`${listings.expiresAt} > ${at(spec.nowTs)}`),
    textCondition(text),
    spec.occupationIds ? sql`${listings.occupationId} = any(${intArray(spec.occupationIds)})` : undefined,
    spec.geo ? radiusCondition(spec.geo) : undefined,
  ]
  if (spec.startTs !== null) parts.push(gte(listings.startDate, new Date(spec.startTs * 1000).toISOString().slice(0, 10)))
  if (spec.maxCertificateRank !== null) parts.push(inArray(listings.minCertificate, CERTIFICATES.slice(0, spec.maxCertificateRank + 1)))
  if (spec.maxGermanRank !== null) parts.push(inArray(listings.minGerman, GERMAN_LEVELS.slice(0, spec.maxGermanRank + 1)))
  if (spec.minSalary !== null) parts.push(sql`${salaryMonthlyMinSql} >= ${spec.minSalary}`)
  if (spec.refugees) parts.push(eq(listings.isSuitableForRefugees, true))
  if (spec.germanCourse) parts.push(eq(listings.supportsGermanCourse, true))
  if (spec.verified) parts.push(sql`${listings.organizationId} in (select ${organizations.id} from ${organizations} where ${organizations.isVerified})`)
  if (spec.publishedSinceTs !== null) parts.push(sql`${listings.publishedAt} >= ${at(spec.publishedSinceTs)}`)
  return and(...parts)!
}

const valueList = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `)

/** The condition of one facet group's selection, on `listings` columns alone; true when nothing is chosen in it. */
export function facetCondition(name: FacetParam, values: string[]): SQL {
  if (values.length === 0) return sql`true`
  switch (name) {
    case 'type':
      return sql`${listings.offerType} in (${valueList(values)})`
    case 'time':
      return sql`${listings.workingTime} in (${valueList(values)})`
    case 'field':
      return sql`${listings.occupationId} in (select ${occupations.id} from ${occupations} where ${occupations.fieldCode} in (${valueList(values)}))`
    case 'district':
      return sql`${listings.placeId} in (select ${places.id} from ${places} where ${places.district} in (${valueList(values)}))`
    case 'state':
      return sql`${listings.placeId} in (select ${places.id} from ${places} where ${places.state} in (${valueList(values)}))`
    case 'benefit':
      return sql`${listings.benefits} && array[${valueList(values)}]::text[]`
    case 'worklang':
      return sql`${listings.workplaceLanguages} && array[${valueList(values)}]::text[]`
  }
}

export function fullCondition(spec: FilterSpec, text: TextMatch | null): SQL {
  const groups = (Object.entries(spec.facets) as Array<[FacetParam, string[]]>).map(([name, values]) => facetCondition(name, values))
  return and(baseCondition(spec, text), ...groups)!
}
