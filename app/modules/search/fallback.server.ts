import { and, asc, desc, inArray, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { rowsOf } from '../../../db/query-rows'
import { listings, occupations, organizations, places } from '../../../db/schema'
import { isFeaturedSql, memberOfSql } from '../badges/badges.server'
import { berlinToday } from '~/utils/calendar-date'
import { placeColumns } from '../reference/place-columns.server'
import { gazetteer } from './place-ids.server'
import type { EngineQuery, EngineResult, SearchEngine } from './engine'
import {
  baseCondition,
  distanceSql,
  facetCondition,
  fullCondition,
  labelConditions,
  salaryMonthlyMinSql,
  toPrefixTsQuery,
  type TextMatch,
} from './fallback-sql.server'
import type { FilterSpec } from './filter-spec'
import type { HitSource } from './hits'
import { FACET_PARAMS, type FacetParam } from './search-params'


// Occupations are reference data; a query's occupation match never changes while the process runs.
const textCache = new Map<string, TextMatch>()
const TEXT_CACHE_SIZE = 500

async function prepareText(db: Database, text: string): Promise<TextMatch | null> {
  const tsQuery = toPrefixTsQuery(text)
  if (!tsQuery) return null
  const cached = textCache.get(tsQuery)
  if (cached) return cached
  const [row] = rowsOf<{ n: number; ids: string }>(
    await db.execute(sql`select numnode(to_tsquery('german', ${tsQuery}))::int as n,
      coalesce((select json_agg(${occupations.id}) from ${occupations} where ${and(...labelConditions(text))}), '[]'::json)::text as ids`),
  )
  const match: TextMatch = { tsQuery: Number(row.n) > 0 ? tsQuery : null, occupationIds: JSON.parse(row.ids) as number[] }
  if (textCache.size >= TEXT_CACHE_SIZE) textCache.delete(textCache.keys().next().value!)
  textCache.set(tsQuery, match)
  return match
}

/** The featured rank as the index has it: 1 while a chamber features the listing on the search's day. */
const featuredRankSql = (spec: FilterSpec) =>
  sql<0 | 1>`(case when ${isFeaturedSql(listings.id, berlinToday(new Date(spec.nowTs * 1000)))} then 1 else 0 end)`.mapWith(
    (value) => (Number(value) === 1 ? 1 : 0),
  )

const { name: placeName, ...placeDetails } = placeColumns

const hitColumns = (spec: FilterSpec) => ({
  id: listings.id,
  title: listings.title,
  offerType: listings.offerType,
  workingTime: listings.workingTime,
  company: organizations.name,
  companySlug: organizations.slug,
  companyVerified: organizations.isVerified,
  companyMemberOf: memberOfSql(organizations.id),
  featuredRank: featuredRankSql(spec),
  place: placeName,
  ...placeDetails,
  startDate: listings.startDate,
  payPeriod: listings.payPeriod,
  payMin: listings.payMin,
  payMax: listings.payMax,
  trainingAllowances: listings.trainingAllowances,
  salaryMonthlyMin: salaryMonthlyMinSql,
  benefits: listings.benefits,
  isSuitableForRefugees: listings.isSuitableForRefugees,
  publishedAt: listings.publishedAt,
})

function orderBy({ spec, sort }: EngineQuery, text: TextMatch | null): SQL[] {
  const newest = [sql`${listings.publishedAt} desc nulls last`, desc(listings.id)]
  switch (sort) {
    case 'newest':
      return newest
    case 'distance':
      return spec.geo ? [asc(distanceSql(spec.geo.lat, spec.geo.lng)), ...newest] : newest
    case 'salary':
      return [sql`${salaryMonthlyMinSql} desc nulls last`, ...newest]
    case 'start':
      return [asc(listings.startDate), ...newest]
    default: {
      // As in the index: a featured listing goes first only among equally good matches.
      const featuredFirst = sql`${featuredRankSql(spec)} desc`
      return text?.tsQuery
        ? [sql`ts_rank(to_tsvector('german', ${listings.title}), to_tsquery('german', ${text.tsQuery})) desc`, featuredFirst, ...newest]
        : [featuredFirst, ...newest]
    }
  }
}

/** What a place and an occupation count toward: reference data, loaded once per database. */
interface FacetKeys {
  districtOf: Map<number, string>
  stateOf: Map<number, string>
  fieldOf: Map<number, string>
}
const facetKeyCache = new WeakMap<Database, Promise<FacetKeys>>()

function facetKeys(db: Database): Promise<FacetKeys> {
  let loaded = facetKeyCache.get(db)
  if (!loaded) {
    loaded = (async () => {
      const placeRows = await gazetteer(db)
      const occupationRows = await db.select({ id: occupations.id, field: occupations.fieldCode }).from(occupations)
      return {
        districtOf: new Map(placeRows.flatMap((p) => (p.district ? [[p.id, p.district] as const] : []))),
        stateOf: new Map(placeRows.flatMap((p) => (p.state ? [[p.id, p.state] as const] : []))),
        fieldOf: new Map(occupationRows.flatMap((o) => (o.field ? [[o.id, o.field] as const] : []))),
      }
    })()
    loaded.catch(() => facetKeyCache.delete(db))
    facetKeyCache.set(db, loaded)
  }
  return loaded
}

const flag = (name: FacetParam) => sql.raw(`m_${name}`)

/** Each group counts under every other group's selection but not its own (disjunctive facets). */
function others(name: FacetParam | null): SQL {
  return sql.join([sql`true`, ...FACET_PARAMS.filter((n) => n !== name).map(flag)], sql` and `)
}

/**
 * The matching rows with one flag per facet group: whether the row fits that group's selection.
 * `offset 0` keeps the subquery whole, so each flag is computed once per row, not once per count.
 */
function flaggedRows(spec: FilterSpec, text: TextMatch | null): SQL {
  const flags = sql.join(FACET_PARAMS.map((name) => sql`${facetCondition(name, spec.facets[name])} as ${flag(name)}`), sql`, `)
  return sql`select ${listings.offerType} as type, ${listings.workingTime} as time, ${listings.placeId} as place, ${listings.occupationId} as occupation,
      ${listings.benefits} as benefits, ${listings.workplaceLanguages} as languages, ${flags}
    from ${listings} where ${baseCondition(spec, text)} offset 0`
}

const add = (counts: Record<string, number>, key: string | undefined, n: number) => {
  if (key !== undefined && n > 0) counts[key] = (counts[key] ?? 0) + n
}

interface GroupedRow {
  g: number
  type: string | null
  time: string | null
  place: number | null
  occupation: number | null
  nTotal: number
  nType: number
  nTime: number
  nDistrict: number
  nState: number
  nField: number
}

/** grouping() sets a bit for each column a row is not grouped by, the first column highest. */
const BY_TYPE = 0b0111
const BY_TIME = 0b1011
const BY_PLACE = 0b1101
const BY_OCCUPATION = 0b1110
const OVERALL = 0b1111

/**
 * Facet values and the total, from `listings` alone in two scans of the matching rows: one grouping
 * by offer type, working time, place and occupation at once (places and occupations become
 * districts, states and fields here), one grouping by the lists of benefits and languages.
 */
async function facetCounts(db: Database, spec: FilterSpec, text: TextMatch | null) {
  const keys = await facetKeys(db)
  const rows = sql`(${flaggedRows(spec, text)}) r`
  const n = (name: FacetParam | null) => sql`count(*) filter (where ${others(name)})::int`
  const [groupedResult, listResult] = await Promise.all([
    db.execute(sql`select grouping(type, time, place, occupation)::int as g, type, time, place, occupation, ${n(null)} as "nTotal",
        ${n('type')} as "nType", ${n('time')} as "nTime", ${n('district')} as "nDistrict", ${n('state')} as "nState", ${n('field')} as "nField"
      from ${rows}
      group by grouping sets ((type), (time), (place), (occupation), ())`),
    // Grouped by the lists themselves (a few hundred distinct pairs even at 100,000 listings), each
    // pair's count is added to every value it holds here: cheaper than unnesting every row.
    db.execute(sql`select benefits, languages, count(*) filter (where ${others('benefit')})::int as "nBenefit",
        count(*) filter (where ${others('worklang')})::int as "nLanguage"
      from ${rows}
      group by benefits, languages`),
  ])
  const grouped = rowsOf<GroupedRow>(groupedResult)
  const lists = rowsOf<{ benefits: string[] | null; languages: string[] | null; nBenefit: number; nLanguage: number }>(listResult)
  const counts = Object.fromEntries(FACET_PARAMS.map((name) => [name, {}])) as Record<FacetParam, Record<string, number>>
  let total = 0
  for (const row of grouped) {
    const g = Number(row.g)
    if (g === OVERALL) total = Number(row.nTotal)
    else if (g === BY_TYPE && row.type !== null) add(counts.type, row.type, Number(row.nType))
    else if (g === BY_TIME && row.time !== null) add(counts.time, row.time, Number(row.nTime))
    else if (g === BY_PLACE && row.place !== null) {
      add(counts.district, keys.districtOf.get(Number(row.place)), Number(row.nDistrict))
      add(counts.state, keys.stateOf.get(Number(row.place)), Number(row.nState))
    } else if (g === BY_OCCUPATION && row.occupation !== null) add(counts.field, keys.fieldOf.get(Number(row.occupation)), Number(row.nField))
  }
  for (const row of lists) {
    for (const benefit of row.benefits ?? []) add(counts.benefit, benefit, Number(row.nBenefit))
    for (const language of row.languages ?? []) add(counts.worklang, language, Number(row.nLanguage))
  }
  return { total, counts }
}

/**
 * Runs a text search where the planner uses the full-text index. PostgreSQL prices to_tsvector()
 * far below its real cost and prefers running it on every row over the GIN index (84 ms against
 * 2 ms on the 800 demo listings, PostgreSQL 15); inside this transaction alone, sequential scans
 * are priced out.
 */
async function withTextIndex<T>(db: Database, text: TextMatch | null, run: (db: Database) => Promise<T>): Promise<T> {
  if (!text?.tsQuery) return run(db)
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`)
    return run(tx)
  })
}

/**
 * The page's listings in two steps: their ids ranked from `listings` alone (with places only to sort
 * by distance), then the columns of those few rows. Ranking never joins the wide rows of every match.
 */
async function hitRows(db: Database, query: EngineQuery, text: TextMatch | null) {
  const { spec, page, size, sort } = query
  const ranked = db.select({ id: listings.id }).from(listings).$dynamic()
  if (sort === 'distance' && spec.geo) ranked.innerJoin(places, sql`${places.id} = ${listings.placeId}`)
  const ids = (
    await ranked
      .where(fullCondition(spec, text))
      .orderBy(...orderBy(query, text))
      .limit(size)
      .offset((page - 1) * size)
  ).map((row) => row.id)
  if (ids.length === 0) return []
  const rows = await db
    .select(hitColumns(spec))
    .from(listings)
    .innerJoin(places, sql`${places.id} = ${listings.placeId}`)
    .innerJoin(organizations, sql`${organizations.id} = ${listings.organizationId}`)
    .where(inArray(listings.id, ids))
  const position = new Map(ids.map((id, i) => [id, i]))
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!)
}

/** Search answered by Postgres alone: German full text, the same filters, the same result shape. */
export function createPostgresEngine(db: Database): SearchEngine {
  return {
    async search(query: EngineQuery): Promise<EngineResult> {
      const text = await prepareText(db, query.spec.text)
      // Outside a transaction the statements run side by side on the pool's connections.
      const [rows, { total, counts }] = await withTextIndex(db, text, (tx) => Promise.all([hitRows(tx, query, text), facetCounts(tx, query.spec, text)]))
      const hits: HitSource[] = rows.map(({ lat, lng, publishedAt, salaryMonthlyMin, ...row }) => ({
        ...row,
        _geo: { lat, lng },
        salaryMonthlyMin: salaryMonthlyMin === null ? null : Number(salaryMonthlyMin),
        publishedTs: publishedAt ? Math.floor(publishedAt.getTime() / 1000) : null,
      }))
      return { total, hits, facetCounts: counts }
    },

    async countByOccupation(spec) {
      const text = await prepareText(db, spec.text)
      const rows = await withTextIndex(db, text, async (tx) =>
        rowsOf<{ id: number; n: number }>(
          await tx.execute(sql`select ${listings.occupationId} as id, count(*)::int as n from ${listings} where ${fullCondition(spec, text)} group by 1`),
        ),
      )
      return new Map(rows.map((row) => [Number(row.id), Number(row.n)]))
    },

    async count(specs) {
      const counts: number[] = []
      for (const spec of specs) {
        const text = await prepareText(db, spec.text)
        const [row] = await withTextIndex(db, text, async (tx) =>
          rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from ${listings} where ${fullCondition(spec, text)}`)),
        )
        counts.push(Number(row.n))
      }
      return counts
    },
  }
}
