import { afterAll, beforeAll } from 'vitest'
import { setDatabase, type Database } from '../../db/client'
import { createTestDatabase, type TestDatabase } from './database'

/**
 * For tests of app modules, which reach the database through getDb(): a fresh database
 * for the file, installed as the process's database.
 */
export function setupAppDatabase(): { readonly db: Database; readonly test: TestDatabase } {
  let test: TestDatabase | undefined
  beforeAll(async () => {
    test = await createTestDatabase()
    setDatabase(test.handle)
  })
  afterAll(async () => {
    setDatabase(undefined)
    await test?.close()
  })
  return {
    get db() {
      return test!.db
    },
    get test() {
      return test!
    },
  }
}
