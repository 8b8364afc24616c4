import { DEFAULT_RADIUS, type SearchInput } from '../search-params'
import { withoutPart, type UnderstoodQuery } from './understand'

/** One thing the page says it understood, with the search text that drops it. */
export interface UnderstoodPart {
  kind: 'occupation' | 'type' | 'time' | 'place'
  /** The words as typed. */
  text: string
  /** Occupation names or the place's name; types and times are translated by the page from `values`. */
  label: string | null
  values: string[]
  /** The search text without this part. */
  withoutPart: string
}

export interface UnderstoodSummary {
  parts: UnderstoodPart[]
  /** The words searched as text. */
  freeText: string
}

/**
 * The search the engines run for an understood text: the remaining words as text, the place as
 * `where` and the offer types and working times as filters, each only where the visitor did not
 * choose one explicitly (a chosen filter wins over a word in the text).
 */
export function applyUnderstanding(input: SearchInput, understood: UnderstoodQuery | null): SearchInput {
  if (!understood) return input
  const where = input.where || understood.where || ''
  return {
    ...input,
    q: understood.freeText,
    where,
    radius: where ? (input.radius ?? DEFAULT_RADIUS) : null,
    type: input.type.length ? input.type : understood.offerTypes,
    time: input.time.length ? input.time : understood.workingTimes,
  }
}

/**
 * The same search with the place moved from the text into `where`: the base for links that change
 * the radius, which only exists beside `where`.
 */
export function withPlaceInWhere(input: SearchInput, understood: UnderstoodQuery | null): SearchInput {
  const part = understood?.parts.find((p) => p.kind === 'place')
  if (!understood || !part || part.kind !== 'place' || input.where) return input
  return { ...input, q: withoutPart(understood, part), where: part.place, radius: input.radius ?? DEFAULT_RADIUS }
}

export function summarise(understood: UnderstoodQuery): UnderstoodSummary | undefined {
  if (understood.parts.length === 0) return undefined
  return {
    parts: understood.parts.map((part) => ({
      kind: part.kind,
      text: part.text,
      label: part.kind === 'occupation' ? part.label : part.kind === 'place' ? part.place : null,
      values: part.kind === 'type' ? part.offerTypes : part.kind === 'time' ? part.workingTimes : part.kind === 'occupation' ? part.occupationIds.map(String) : [part.place],
      withoutPart: withoutPart(understood, part),
    })),
    freeText: understood.freeText,
  }
}
