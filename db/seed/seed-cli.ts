/**
 * `npm run db:seed`: migrates, loads the reference data and seeds the demo companies and listings.
 * Safe to run again: each step leaves existing data alone. Reads DATABASE_URL (PostgreSQL) or
 * DATA_DIR (embedded PGlite in `<DATA_DIR>/pglite`, default `.data`) straight from the
 * environment, because db/ must not depend on the app's env parsing.
 */
import { resolve } from 'node:path'
import { migrateDatabase, openDatabase } from '../client'
import { ensureReferenceData } from '../reference/load'
import { seedDemo } from './demo'

const url = process.env.DATABASE_URL?.trim() || undefined
if (url && !/^postgres(ql)?:\/\//.test(url)) {
  console.error('DATABASE_URL must start with postgres:// or postgresql://')
  process.exit(1)
}
const dataDir = resolve(process.env.DATA_DIR?.trim() || '.data', 'pglite')

const started = performance.now()
const handle = await openDatabase(url ? { url, max: 2 } : { dataDir })
try {
  console.log(url ? 'Seeding PostgreSQL at DATABASE_URL' : `Seeding PGlite in ${dataDir}`)
  await migrateDatabase(handle)
  await ensureReferenceData(handle.db)
  const result = await seedDemo(handle.db, { log: (message) => console.log(message) })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`${result.created ? 'Created' : 'Kept'} ${result.companies} demo companies and ${result.listings} listings in ${seconds} s`)
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await handle.close()
}
