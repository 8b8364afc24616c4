import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import { createSearchClient, type SearchHandle } from '../../search/client'

/** A client on the run's Meilisearch whose index names are unique to the caller. */
export function createTestSearch(): SearchHandle {
  return createSearchClient({
    url: inject('meiliUrl'),
    apiKey: inject('meiliKey'),
    indexPrefix: `t${randomBytes(4).toString('hex')}_`,
  })
}
