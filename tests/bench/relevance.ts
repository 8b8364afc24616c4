import type { Database } from '../../db/client'
import type { SearchHandle } from '../../search/client'
import { createPostgresEngine } from '../../app/modules/search/fallback.server'
import { createMeiliEngine } from '../../app/modules/search/meili.server'
import { scoreAll } from '../relevance/evaluate'
import { JUDGMENTS } from '../relevance/judgments'
import type { EngineScores } from '../relevance/report'

/** The judged queries against the benchmark's corpus, judged by occupation as on the demo corpus. */
export async function measureRelevance(db: Database, search: SearchHandle, now: Date): Promise<EngineScores[]> {
  return [
    { engine: 'Meilisearch', scores: await scoreAll(db, createMeiliEngine(search, 30_000), JUDGMENTS, now) },
    { engine: 'fallback', scores: await scoreAll(db, createPostgresEngine(db), JUDGMENTS, now) },
  ]
}
