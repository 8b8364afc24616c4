import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import * as schema from './schema'

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>
export type DatabaseDriver = 'postgres' | 'pglite'

export interface DatabaseHandle {
  db: Database
  driver: DatabaseDriver
  close: () => Promise<void>
  /** The embedded instance, when the driver is PGlite. */
  pglite?: PGlite
}

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations')

/**
 * Opens PostgreSQL at `url` (postgres.js), or the embedded PGlite in `dataDir` when no URL is given.
 * Both get the same schema and the same migrations.
 */
export interface OpenOptions {
  url?: string
  dataDir?: string
  max?: number
  /** PGlite only: start from a dump made with `dumpDataDir` (tests clone a migrated template this way). */
  loadDataDir?: Blob
}

export async function openDatabase(opts: OpenOptions): Promise<DatabaseHandle> {
  if (opts.url) {
    const { default: postgres } = await import('postgres')
    const { drizzle } = await import('drizzle-orm/postgres-js')
    const client = postgres(opts.url, { max: opts.max ?? 10, onnotice: () => {}, connect_timeout: 10 })
    const db = drizzle(client, { schema }) as unknown as Database
    return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }) }
  }
  const { PGlite } = await import('@electric-sql/pglite')
  const { drizzle } = await import('drizzle-orm/pglite')
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : undefined
  // PGlite creates only the last folder of its data path.
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true })
  const client = await PGlite.create({ dataDir, loadDataDir: opts.loadDataDir })
  const db = drizzle(client, { schema }) as unknown as Database
  return { db, driver: 'pglite', close: () => client.close(), pglite: client }
}

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === 'postgres') {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator')
    await migrate(handle.db as never, { migrationsFolder })
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator')
    await migrate(handle.db as never, { migrationsFolder })
  }
}

// The web server and the Remix bundle load this file separately; the handle lives on globalThis
// so both use one pool.
const KEY = Symbol.for('passgenau.database')
type Holder = { [KEY]?: DatabaseHandle }

export function setDatabase(handle: DatabaseHandle | undefined): void {
  ;(globalThis as Holder)[KEY] = handle
}

export function getDatabaseHandle(): DatabaseHandle {
  const handle = (globalThis as Holder)[KEY]
  if (!handle) throw new Error('The database is not open yet')
  return handle
}

export function getDb(): Database {
  return getDatabaseHandle().db
}

export { schema }
