import { LOCALES, type Lang } from '~/i18n'
import { collator } from '~/utils/intl'
import { type FacetParam, type SearchInput } from './search-params'
import type { FacetValue, Facets } from './search-types'
import { occupationFieldTitle } from '../reference/occupation-fields-en'
import { BENEFITS, OFFER_TYPES, WORKING_TIMES, WORKPLACE_LANGUAGES } from '../../../values/listings'

type Counts = Record<FacetParam, Record<string, number>>

/** Small fixed groups keep their natural order and show every value, zero included. */
function fixed(values: readonly string[], counts: Record<string, number>, selected: string[]): FacetValue[] {
  return values.map((value) => ({ value, label: null, count: counts[value] ?? 0, selected: selected.includes(value) }))
}

/** Open groups list what occurs, most frequent first, plus any chosen value that no longer occurs. */
function open(counts: Record<string, number>, selected: string[], lang: Lang, title?: (value: string) => string | null): FacetValue[] {
  const values = new Set([...Object.keys(counts), ...selected])
  const byName = collator(LOCALES[lang])
  return [...values]
    .map((value) => ({ value, label: title?.(value) ?? null, count: counts[value] ?? 0, selected: selected.includes(value) }))
    .sort((a, b) => b.count - a.count || byName.compare(a.label ?? a.value, b.label ?? b.value))
}

export function buildFacets(counts: Counts, input: SearchInput, fieldTitles: Map<string, string>, lang: Lang): Facets {
  return {
    type: fixed(OFFER_TYPES, counts.type, input.type),
    field: open(counts.field, input.field, lang, (code) => occupationFieldTitle(lang, code, fieldTitles.get(code) ?? null)),
    time: fixed(WORKING_TIMES, counts.time, input.time),
    district: open(counts.district, input.district, lang),
    state: open(counts.state, input.state, lang),
    benefit: fixed(BENEFITS, counts.benefit, input.benefit),
    worklang: fixed(WORKPLACE_LANGUAGES, counts.worklang, input.worklang),
  }
}
