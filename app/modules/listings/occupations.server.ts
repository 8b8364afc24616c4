import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { occupations } from '../../../db/schema'
import { occupationLabel, type OccupationName } from '../reference/occupation-label'
import { understandSearchText } from '../search/understanding/lexicon.server'
import { OFFER_TYPES } from '../../../values/listings'

export interface OccupationOption {
  id: number
  name: string
  kind: 'training' | 'esco'
  durationMonths: number | null
  /** The label in any language that matched, when it is not the name itself ("electrician", "кухар"). */
  matchedLabel: string | null
  /** The name to show in the interface language (occupationLabel). */
  label: OccupationName
}

interface PickerOptions {
  trainingOnly?: boolean
  limit?: number
  /** The interface language the names are shown in; German by default. */
  lang?: string
}

export const OCCUPATION_SUGGESTION_LIMIT = 10

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** German, English, Arabic, Ukrainian and Turkish labels of an occupation as one list (seekers search in all of them). */
const labelsOf = sql`jsonb_array_elements_text(${sql.join(
  ['de', 'en', 'ar', 'uk', 'tr'].map((lang) => sql`coalesce(${occupations.labels}->${sql.raw(`'${lang}'`)}, '[]'::jsonb)`),
  sql` || `,
)})`

const columns = {
  id: occupations.id,
  name: occupations.name,
  kind: occupations.kind,
  durationMonths: occupations.durationMonths,
  labels: occupations.labels,
}

type Row = { id: number; name: string; kind: 'training' | 'esco'; durationMonths: number | null; labels: typeof occupations.$inferSelect.labels }

function toOption({ labels, ...row }: Row, matchedLabel: string | null, lang: string | undefined): OccupationOption {
  return { ...row, matchedLabel, label: occupationLabel({ name: row.name, labels }, lang ?? 'de') }
}

/**
 * The occupations the listing search reads out of the words ("Schreiner" → Tischler/in, "MFA",
 * "кухар"), training occupations first: the picker offers what the search would find.
 */
async function understoodOccupations(query: string, opts: PickerOptions, db: Database): Promise<OccupationOption[]> {
  const understood = await understandSearchText(query, db)
  if (!understood.occupationIds || understood.parts.some((part) => part.kind !== 'occupation')) return []
  const rows = await db
    .select(columns)
    .from(occupations)
    .where(and(inArray(occupations.id, understood.occupationIds), opts.trainingOnly ? eq(occupations.kind, 'training') : undefined))
    .orderBy(desc(eq(occupations.kind, 'training')), asc(sql`length(${occupations.name})`), asc(occupations.id))
    .limit(opts.limit ?? OCCUPATION_SUGGESTION_LIMIT)
  return rows.map((row) => toOption(row, row.name.toLocaleLowerCase('de').includes(query.trim().toLocaleLowerCase('de')) ? null : query.trim(), opts.lang))
}

/**
 * Occupations for the picker: those the search understands the words as (see above), then those
 * whose name or German/English/Arabic/Ukrainian/Turkish label contains `query` — recognised training
 * occupations first (an Ausbildung may only be offered in one), then names that start with the
 * words, then the shorter name. `trainingOnly` limits to training occupations; each option carries
 * its name in `lang`.
 */
export async function searchOccupations(
  query: string,
  opts: PickerOptions = {},
  db: Database = getDb(),
): Promise<OccupationOption[]> {
  const text = query.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de').slice(0, 80)
  if (text.length < 2) return []
  const limit = opts.limit ?? OCCUPATION_SUGGESTION_LIMIT
  const understood = await understoodOccupations(text, opts, db)
  const byText = await occupationsContaining(text, opts, db)
  const seen = new Set<number>()
  return [...understood, ...byText].filter((option) => !seen.has(option.id) && seen.add(option.id)).slice(0, limit)
}

async function occupationsContaining(text: string, opts: PickerOptions, db: Database): Promise<OccupationOption[]> {
  const contains = `%${escapeLike(text)}%`
  const label: SQL<string | null> = sql`(select l from ${labelsOf} as l where lower(l) like ${contains} limit 1)`
  const rows = await db
    .select({ ...columns, label })
    .from(occupations)
    .where(
      and(
        opts.trainingOnly ? eq(occupations.kind, 'training') : undefined,
        sql`(lower(${occupations.name}) like ${contains}
          or lower(coalesce(${occupations.nameMasculine}, '')) like ${contains}
          or lower(coalesce(${occupations.nameFeminine}, '')) like ${contains}
          or exists (select 1 from ${labelsOf} as l where lower(l) like ${contains}))`,
      ),
    )
    .orderBy(
      desc(eq(occupations.kind, 'training')),
      desc(sql`lower(${occupations.name}) like ${`${escapeLike(text)}%`}`),
      asc(sql`length(${occupations.name})`),
      asc(occupations.id),
    )
    .limit(opts.limit ?? OCCUPATION_SUGGESTION_LIMIT)
  return rows.map(({ label: matched, ...row }) => toOption(row, matched && !row.name.toLocaleLowerCase('de').includes(text) ? matched : null, opts.lang))
}

export async function getOccupationOption(id: number, db: Database = getDb(), lang = 'de'): Promise<OccupationOption | null> {
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return null
  const [row] = await db.select(columns).from(occupations).where(eq(occupations.id, id))
  return row ? toOption(row, null, lang) : null
}

/** An exact name (case-insensitive) picks the occupation without a second step, as a datalist choice does. */
export function exactMatch(query: string, options: OccupationOption[]): OccupationOption | null {
  const text = query.trim().toLocaleLowerCase('de')
  return options.find((o) => o.name.toLocaleLowerCase('de') === text) ?? (options.length === 1 ? options[0] : null)
}

/**
 * Step one of the listing form, read from the URL (`?type=&occupation=&occupationId=`): the
 * offer type, the typed words, their matches, and the occupation picked (by id or by exact name).
 */
export async function pickOccupationFromUrl(url: URL, fallbackType: string) {
  const typed = url.searchParams.get('type') ?? ''
  const offerType = (OFFER_TYPES as readonly string[]).includes(typed) ? typed : fallbackType
  const query = (url.searchParams.get('occupation') ?? '').trim().slice(0, 80)
  const matches = query ? await searchOccupations(query, { trainingOnly: offerType === 'ausbildung' }) : []
  const id = Number(url.searchParams.get('occupationId') ?? '')
  const chosen = (id ? await getOccupationOption(id) : null) ?? (query ? exactMatch(query, matches) : null)
  return { offerType, query, matches, chosen }
}
