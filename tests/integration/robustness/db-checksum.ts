import { sql } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { queryRows as rows } from '../../../db/query-rows'

// Written on purpose while refusing: rate-limit counters and the audit trail of refused sign-ins.
const WRITTEN_ON_REFUSAL = new Set(['rate_limits', 'audit_log'])
// Reference data (places, occupations) is large and never written by a request.
const LARGE = 1000

/**
 * A checksum of every table a request could write: the query is built once from the database's own
 * table list, so a new table is covered without a change here.
 */
export async function createChecksum(db: Database): Promise<() => Promise<string>> {
  const tables = await rows<{ tablename: string }>(db, sql`select tablename from pg_tables where schemaname = 'public' and left(tablename, 2) <> '__' order by 1`)
  const parts: string[] = []
  for (const { tablename } of tables) {
    if (WRITTEN_ON_REFUSAL.has(tablename)) continue
    const [{ n }] = await rows<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${tablename}"`))
    if (n > LARGE) continue
    parts.push(`select '${tablename}:' || count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) as part from "${tablename}" t`)
  }
  const query = sql.raw(`select md5(string_agg(part, '|' order by part)) as sum from (${parts.join(' union all ')}) parts`)
  return async () => (await rows<{ sum: string }>(db, query))[0].sum
}
