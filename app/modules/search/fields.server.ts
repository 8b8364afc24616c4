import { eq } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { occupationFields } from '../../../db/schema'

const caches = new WeakMap<Database, Promise<Map<string, string>>>()

/** Titles of the KldB occupation fields (level 2) by code; reference data, read once per database. */
export function loadFieldTitles(db: Database): Promise<Map<string, string>> {
  let cached = caches.get(db)
  if (!cached) {
    cached = db
      .select({ code: occupationFields.code, title: occupationFields.title })
      .from(occupationFields)
      .where(eq(occupationFields.level, 2))
      .then((rows) => new Map(rows.map((row) => [row.code, row.title])))
    cached.catch(() => caches.delete(db))
    caches.set(db, cached)
  }
  return cached
}
