import { ConfigError, hasDemoFeatures, parseEnv } from '../app/utils/env.server'
import { applyMigrations, openDatabase } from '../db/client'
import { ensureReferenceData } from '../db/reference/load'
import { seedDemo } from '../db/seed/demo'
import { seedDemoAccounts } from '../db/seed/demo-accounts'

/**
 * `npm run db:migrate` applies the migrations; `npm run db:seed` also loads the reference data and
 * the demo companies and listings (plus the demo logins outside production). Both are safe to repeat.
 * With the embedded PGlite, stop the server first: its data directory belongs to one process.
 */
async function main(command: string | undefined) {
  if (command !== 'migrate' && command !== 'seed') throw new Error('usage: tsx server/db-cli.ts migrate|seed')
  const env = parseEnv()
  const started = performance.now()
  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: `${env.DATA_DIR}/pglite`, max: 2 })
  try {
    // Under the startup lock, like a starting server: safe while other processes start or migrate.
    await handle.withStartupLock(async () => {
      await applyMigrations(handle)
      console.log(`Migrated ${handle.driver === 'pglite' ? `PGlite in ${env.DATA_DIR}/pglite` : 'PostgreSQL at DATABASE_URL'}`)
      if (command === 'seed') {
        await ensureReferenceData(handle.db, (m) => console.log(m))
        const result = await seedDemo(handle.db, { log: (m) => console.log(m) })
        if (hasDemoFeatures(env)) await seedDemoAccounts(handle.db, { uploadsDir: env.UPLOADS_DIR })
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        console.log(`${result.created ? 'Created' : 'Kept'} ${result.companies} demo companies and ${result.listings} listings in ${seconds} s`)
      }
    })
  } finally {
    await handle.close()
  }
}

main(process.argv[2]).catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
})
