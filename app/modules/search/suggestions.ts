import { activeFilters, RADII, type FilterParam, type Radius, type SearchInput } from './search-params'

type SuggestionWithoutCount = { kind: 'radius'; radius: Radius } | { kind: 'drop'; param: FilterParam }

const CLEARED: Record<FilterParam, Partial<SearchInput>> = {
  type: { type: [] },
  field: { field: [] },
  time: { time: [] },
  district: { district: [] },
  state: { state: [] },
  benefit: { benefit: [] },
  worklang: { worklang: [] },
  start: { start: null },
  cert: { cert: null },
  german: { german: null },
  salary: { salary: null },
  refugees: { refugees: false },
  germancourse: { germancourse: false },
  verified: { verified: false },
  since: { since: null },
}

/** The search without one filter; also what a "remove this filter" link points to. */
export function withoutFilter(input: SearchInput, param: FilterParam): SearchInput {
  return { ...input, ...CLEARED[param], page: 1 }
}

/**
 * Ways out of an empty result, each as the search it would run: the next larger radius, and each
 * active filter dropped on its own.
 */
export function emptyResultAlternatives(input: SearchInput, hasPlace: boolean): Array<{ suggestion: SuggestionWithoutCount; input: SearchInput }> {
  const result: Array<{ suggestion: SuggestionWithoutCount; input: SearchInput }> = []
  if (hasPlace && input.radius) {
    const wider = RADII.find((r) => r > input.radius!)
    if (wider) result.push({ suggestion: { kind: 'radius', radius: wider }, input: { ...input, radius: wider, page: 1 } })
  }
  for (const param of activeFilters(input)) {
    result.push({ suggestion: { kind: 'drop', param }, input: withoutFilter(input, param) })
  }
  return result
}
