import type { Database } from '../../db/client'
import type { SearchHandle } from '../../search/client'
import { createPostgresEngine } from '../../app/modules/search/fallback.server'
import { createMeiliEngine } from '../../app/modules/search/meili.server'
import { JUDGING_TIMEOUT_MS, scoreAll } from '../relevance/evaluate'
import { JUDGMENTS } from '../relevance/judgments'
import type { EngineScores } from '../relevance/report'

/** The judged queries, through Meilisearch and the Postgres fallback, against the corpus in `db` and its index. */
export async function measureRelevance(db: Database, search: SearchHandle, now: Date): Promise<EngineScores[]> {
  return [
    { engine: 'Meilisearch', scores: await scoreAll(db, createMeiliEngine(search, JUDGING_TIMEOUT_MS), JUDGMENTS, now) },
    { engine: 'fallback', scores: await scoreAll(db, createPostgresEngine(db), JUDGMENTS, now) },
  ]
}
