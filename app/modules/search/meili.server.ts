import type { MultiSearchQuery, SearchResponse } from 'meilisearch'
import type { SearchHandle } from '../../../search/client'
import type { EngineQuery, EngineResult, SearchEngine } from './engine'
import { activeFacetGroups, withoutFacet, type FilterSpec } from './filter-spec'
import { HIT_ATTRIBUTES, type HitSource } from './hits'
import { FACET_ATTRIBUTE, toMeiliFilter, toMeiliSort } from './meili-filter'
import { SEARCH_TIMEOUT_MS } from './search-handle.server'
import { FACET_PARAMS, type FacetParam } from './search-params'

/**
 * Every word of the text must match (with its typos and synonyms). Meilisearch's default drops
 * words from the end until something matches, so "Koch vegan" would show every cook.
 */
const MATCHING_STRATEGY = 'all'

/**
 * Every document has exactly one offer type, so the offer-type counts add up to the exact number of
 * hits. `totalHits` is capped by the index's pagination.maxTotalHits; the facet sum is not.
 */
const TOTAL_FACET = FACET_ATTRIBUTE.type

function sumOf(distribution: Record<string, number> | undefined): number {
  return Object.values(distribution ?? {}).reduce((a, b) => a + b, 0)
}

export function createMeiliEngine(search: SearchHandle, timeoutMs = SEARCH_TIMEOUT_MS): SearchEngine {
  const indexUid = search.listingsIndex

  async function run(queries: MultiSearchQuery[]): Promise<SearchResponse[]> {
    const { results } = await search.breaker.run((signal) => search.client.multiSearch({ queries }, { signal }), timeoutMs)
    return results as SearchResponse[]
  }

  const countQuery = (spec: FilterSpec): MultiSearchQuery => ({
    indexUid,
    q: spec.text,
    matchingStrategy: MATCHING_STRATEGY,
    filter: toMeiliFilter(spec),
    limit: 0,
    facets: [TOTAL_FACET],
  })

  return {
    async search({ spec, sort, page, size, withFacets = true }: EngineQuery): Promise<EngineResult> {
      // Without facets, only the offer-type counts that make the total: one query instead of one per chosen group.
      const active = withFacets ? activeFacetGroups(spec) : []
      const passive = withFacets ? FACET_PARAMS.filter((name) => !active.includes(name)) : []
      const mainFacets = [...new Set([TOTAL_FACET, ...passive.map((name) => FACET_ATTRIBUTE[name])])]
      const [main, ...perGroup] = await run([
        {
          indexUid,
          q: spec.text,
          matchingStrategy: MATCHING_STRATEGY,
          filter: toMeiliFilter(spec),
          sort: toMeiliSort(sort, spec),
          offset: (page - 1) * size,
          limit: size,
          facets: mainFacets,
          attributesToRetrieve: HIT_ATTRIBUTES,
        },
        // One query per chosen group, without that group's own filter: its disjunctive counts.
        ...active.map((name) => ({ ...countQuery(withoutFacet(spec, name)), facets: [FACET_ATTRIBUTE[name]] })),
      ])
      const facetCounts = {} as Record<FacetParam, Record<string, number>>
      for (const name of passive) facetCounts[name] = main.facetDistribution?.[FACET_ATTRIBUTE[name]] ?? {}
      active.forEach((name, i) => (facetCounts[name] = perGroup[i].facetDistribution?.[FACET_ATTRIBUTE[name]] ?? {}))
      return {
        total: sumOf(main.facetDistribution?.[TOTAL_FACET]),
        hits: main.hits as unknown as HitSource[],
        facetCounts: withFacets ? facetCounts : null,
      }
    },

    async count(specs) {
      if (specs.length === 0) return []
      const results = await run(specs.map(countQuery))
      return results.map((result) => sumOf(result.facetDistribution?.[TOTAL_FACET]))
    },

    async countByOccupation(spec) {
      const [result] = await run([{ ...countQuery(spec), facets: ['occupationId'] }])
      return new Map(Object.entries(result.facetDistribution?.occupationId ?? {}).map(([id, n]) => [Number(id), n]))
    },
  }
}
