import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { rowsOf } from '../../db/query-rows'


/** Every "table.column" whose text, array or JSON mentions `needle` (any table, columns from information_schema). */
export async function findEverywhere(db: Database, needle: string): Promise<string[]> {
  const columns = await db.execute(sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`)
  const hits: string[] = []
  for (const { table_name, column_name } of rowsOf<{ table_name: string; column_name: string }>(columns)) {
    const found = await db.execute(sql`select 1 from ${sql.identifier(table_name)} where ${sql.identifier(column_name)}::text ilike ${'%' + needle + '%'} limit 1`)
    if (rowsOf(found).length > 0) hits.push(`${table_name}.${column_name}`)
  }
  return hits
}
