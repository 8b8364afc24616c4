import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import postgres from 'postgres'
import { inject } from 'vitest'
import { openDatabase, type Database, type DatabaseHandle } from '../../db/client'
import { runDatabaseName, testServerUrl, withDatabase } from './test-env'

export interface TestDatabase {
  db: Database
  handle: DatabaseHandle
  /** The connection URL when running against a PostgreSQL server. */
  url?: string
  close: () => Promise<void>
}

/**
 * A fresh database, migrated and with reference data loaded: a clone of the template made by
 * the global setup, so each test file starts from the same state and files never share rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testServerUrl()
  if (!serverUrl) {
    const template = readFileSync(inject('pgliteTemplate'))
    const handle = await openDatabase({ loadDataDir: new Blob([template]) })
    return { db: handle.db, handle, close: handle.close }
  }
  const run = inject('testRun')
  const name = runDatabaseName(run, randomBytes(6).toString('hex'))
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name} template ${runDatabaseName(run, 'template')}`)
  const url = withDatabase(serverUrl, name)
  const handle = await openDatabase({ url, max: 4 })
  return {
    db: handle.db,
    handle,
    url,
    close: async () => {
      await handle.close()
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}
