import { parseArgs } from 'node:util'
import { createStaffUser } from '../app/modules/auth/staff.server'
import { ConfigError, parseEnv } from '../app/utils/env.server'
import { Invalid } from '../app/utils/errors'
import { migrateDatabase, openDatabase, setDatabase } from '../db/client'

const USAGE = 'Usage: npm run user:create -- --role admin|chamber --email ADDRESS --name "NAME" [--chamber SLUG] [--password PASSWORD]'

/** Creates chamber staff and admins, who never register themselves. */
async function main() {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, chamber: { type: 'string' }, password: { type: 'string' } },
  })
  if ((values.role !== 'admin' && values.role !== 'chamber') || !values.email || !values.name) {
    console.error(USAGE)
    process.exit(2)
  }
  const env = parseEnv()
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: `${env.DATA_DIR}/pglite` })
  setDatabase(database)
  try {
    await migrateDatabase(database)
    const id = await createStaffUser({
      role: values.role,
      email: values.email.trim().toLowerCase(),
      name: values.name,
      chamberSlug: values.chamber,
      password: values.password,
      actorId: null,
    })
    console.log(`Created ${values.role} ${values.email} (${id})${values.password ? '' : '; a link to set the password was mailed'}`)
  } catch (error) {
    if (error instanceof Invalid) {
      console.error(`Refused: ${JSON.stringify(error.fieldErrors)}`)
      process.exitCode = 1
    } else throw error
  } finally {
    await database.close()
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
})
