import type { FilterSpec } from './filter-spec'
import type { HitSource } from './hits'
import type { FacetParam, Sort } from './search-params'

export interface EngineQuery {
  spec: FilterSpec
  sort: Sort
  page: number
  size: number
  /** False when the caller already has this search's facet counts (a later page): hits and total only. */
  withFacets?: boolean
}

export interface EngineResult {
  total: number
  hits: HitSource[]
  /**
   * Counts per facet group and value. A group with a selection is counted with every filter but
   * its own ("choosing one keeps the others"); the rest with every filter. Null when not asked for.
   */
  facetCounts: Record<FacetParam, Record<string, number>> | null
}

/** What searchListings needs from Meilisearch or its Postgres stand-in. */
export interface SearchEngine {
  search(query: EngineQuery): Promise<EngineResult>
  /** The number of hits of each spec, in one round trip where the engine allows it. */
  count(specs: FilterSpec[]): Promise<number[]>
  /** Hits of the spec per occupation, for the spec's `occupationIds`; occupations without hits are left out. */
  countByOccupation(spec: FilterSpec): Promise<Map<number, number>>
}
