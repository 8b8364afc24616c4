import type { SQL } from 'drizzle-orm'
import type { Database } from './client'

/** The rows of a `db.execute` result: postgres.js answers with an array of rows, PGlite with `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? [])
}

/** Runs a raw SQL statement and returns its rows, on either driver. */
export async function queryRows<T>(db: Pick<Database, 'execute'>, statement: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(statement))
}
