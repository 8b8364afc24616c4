import { DEFAULT_SIZE, FACET_PARAMS, type FacetParam, type SearchInput } from './search-params'

/** The query string of a search, with defaults left out so shared links stay short. */
export function toSearchParams(input: SearchInput): URLSearchParams {
  const params = new URLSearchParams()
  if (input.q) params.set('q', input.q)
  if (input.where) {
    params.set('where', input.where)
    if (input.radius) params.set('radius', String(input.radius))
  }
  for (const name of FACET_PARAMS) for (const value of input[name]) params.append(name, value)
  if (input.start) params.set('start', input.start)
  if (input.cert) params.set('cert', input.cert)
  if (input.german) params.set('german', input.german)
  if (input.salary !== null) params.set('salary', String(input.salary))
  if (input.refugees) params.set('refugees', '1')
  if (input.germancourse) params.set('germancourse', '1')
  if (input.verified) params.set('verified', '1')
  if (input.since !== null) params.set('since', String(input.since))
  if (input.literal) params.set('literal', '1')
  if (input.sort !== 'relevance') params.set('sort', input.sort)
  if (input.size !== DEFAULT_SIZE) params.set('size', String(input.size))
  if (input.page > 1) params.set('page', String(input.page))
  return params
}

/** A link to the search with some parameters changed; any change but paging starts again on page 1. */
export function searchHref(input: SearchInput, changes: Partial<SearchInput>, path = '/jobs'): string {
  const next = { ...input, page: 1, ...changes }
  const query = toSearchParams(next).toString()
  return query ? `${path}?${query}` : path
}

/** The search with one facet value switched on or off. */
export function toggleFacet(input: SearchInput, param: FacetParam, value: string): Partial<SearchInput> {
  const current = input[param] as string[]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { [param]: next } as Partial<SearchInput>
}
