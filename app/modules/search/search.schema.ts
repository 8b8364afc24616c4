import { z } from 'zod'
import { DEFAULT_RADIUS, emptySearchInput, MAX_PAGE, MAX_SIZE, RADII, SORTS, type SearchInput } from './search-params'
import { BENEFITS, CERTIFICATES, GERMAN_LEVELS, OFFER_TYPES, WORKING_TIMES, WORKPLACE_LANGUAGES } from '../../../values/listings'

const text = (max: number) => z.string().trim().max(max)
const flag = z.enum(['1', 'true', 'on', 'ja', 'yes']).transform(() => true)
// A month of the years 2000 to 2100, as a pattern so that the OpenAPI document can state it.
const month = z.string().regex(/^(20\d{2}|2100)-(0[1-9]|1[0-2])$/)
const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max)

const SINGLE = {
  q: text(200),
  where: text(100),
  // The enum in the metadata is the input's, for the OpenAPI document: a query parameter is text that reads as one of these.
  radius: z.coerce.number().int().pipe(z.literal(RADII)).meta({ enum: [...RADII] }),
  start: month,
  cert: z.enum(CERTIFICATES),
  german: z.enum(GERMAN_LEVELS),
  salary: z.coerce.number().int().min(0).max(1_000_000),
  refugees: flag,
  germancourse: flag,
  verified: flag,
  since: positiveInt(365),
  literal: flag,
  sort: z.enum(SORTS),
  page: positiveInt(MAX_PAGE),
  size: positiveInt(MAX_SIZE),
} as const

const MULTI = {
  type: z.enum(OFFER_TYPES),
  field: z.string().regex(/^\d{2}$/),
  time: z.enum(WORKING_TIMES),
  district: text(120).min(1),
  state: text(60).min(1),
  benefit: z.enum(BENEFITS),
  worklang: z.enum(WORKPLACE_LANGUAGES),
} as const

export const SEARCH_PARAMS = [...Object.keys(SINGLE), ...Object.keys(MULTI)] as Array<keyof typeof SINGLE | keyof typeof MULTI>

/** The schema of each query parameter: `single` ones are read once, `multi` ones may repeat (OR). The OpenAPI document is generated from them. */
export const SEARCH_PARAM_SCHEMAS = { single: SINGLE, multi: MULTI }

export interface InvalidParam {
  name: string
  reason: 'invalid' | 'repeated' | 'unknown'
  value?: string
}

export interface ParseResult {
  input: SearchInput
  /** Parameters that were dropped. The page ignores them; the API answers 400 listing them. */
  invalid: InvalidParam[]
}

function toParams(source: URL | URLSearchParams | string): URLSearchParams {
  if (source instanceof URLSearchParams) return source
  if (source instanceof URL) return source.searchParams
  return new URL(source, 'http://localhost').searchParams
}

/**
 * Reads a search from query parameters. Lenient (the HTML page): bad values are dropped, the first
 * of a repeated single parameter wins, unknown parameters are ignored. Strict (the API): the same
 * input, but repeated single parameters and unknown parameters are reported in `invalid` as well.
 * Empty values ("?q=&type=") count as absent: a GET form sends every field.
 */
export function parseSearchParams(source: URL | URLSearchParams | string, opts: { strict?: boolean } = {}): ParseResult {
  const params = toParams(source)
  const input = emptySearchInput() as unknown as Record<string, unknown>
  const invalid: InvalidParam[] = []

  for (const [name, schema] of Object.entries(SINGLE)) {
    const values = params.getAll(name).filter((v) => v.trim() !== '')
    if (values.length === 0) continue
    if (values.length > 1 && opts.strict) invalid.push({ name, reason: 'repeated' })
    const parsed = schema.safeParse(values[0])
    if (parsed.success) input[name] = parsed.data
    else invalid.push({ name, reason: 'invalid', value: values[0] })
  }
  for (const [name, schema] of Object.entries(MULTI)) {
    const seen = new Set<string>()
    for (const raw of params.getAll(name)) {
      if (raw.trim() === '') continue
      const parsed = schema.safeParse(raw)
      if (parsed.success) seen.add(parsed.data)
      else invalid.push({ name, reason: 'invalid', value: raw })
    }
    input[name] = [...seen]
  }
  if (opts.strict) {
    const known = new Set<string>(SEARCH_PARAMS)
    for (const name of new Set(params.keys())) if (!known.has(name)) invalid.push({ name, reason: 'unknown' })
  }

  const result = input as unknown as SearchInput
  if (!result.where) result.radius = null
  else result.radius ??= DEFAULT_RADIUS
  return { input: result, invalid }
}

