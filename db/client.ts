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
  /**
   * Runs `fn` while holding the installation's startup lock (a PostgreSQL session advisory lock on a
   * connection of its own), so processes that start at once migrate and seed one after the other.
   */
  withStartupLock: <T>(fn: () => Promise<T>) => Promise<T>
}

/** The advisory lock key of migrations and start-up data; any fixed bigint no other code uses. */
export const STARTUP_LOCK_KEY = 7_305_016_012

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
    const withStartupLock = async <T>(fn: () => Promise<T>): Promise<T> => {
      // A session lock lives on one connection: reserve it, so the pool cannot hand it elsewhere.
      const held = await client.reserve()
      try {
        await held`select pg_advisory_lock(${STARTUP_LOCK_KEY})`
        return await fn()
      } finally {
        await held`select pg_advisory_unlock(${STARTUP_LOCK_KEY})`.catch(() => {})
        held.release()
      }
    }
    return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }), withStartupLock }
  }
  const { PGlite } = await import('@electric-sql/pglite')
  const { drizzle } = await import('drizzle-orm/pglite')
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : undefined
  // PGlite creates only the last folder of its data path.
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true })
  const client = await PGlite.create({ dataDir, loadDataDir: opts.loadDataDir })
  const db = drizzle(client, { schema }) as unknown as Database
  // PGlite belongs to one process, which starts its steps one after the other anyway.
  return { db, driver: 'pglite', close: () => client.close(), pglite: client, withStartupLock: (fn) => fn() }
}

/** Applies the migrations under the startup lock: any number of processes may call this at once. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  await handle.withStartupLock(() => applyMigrations(handle))
}

/** Applies the migrations; the caller holds the startup lock (see `withStartupLock`). */
export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
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
