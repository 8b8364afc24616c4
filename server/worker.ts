import { ConfigError, parseEnv } from '../app/utils/env.server'
import { getRetentionConfig } from '../app/modules/retention/config.server'
import { getLogger } from '../app/utils/logger.server'
import { startServices } from './services'

/** The background jobs as their own process (production); the web process then runs with WORKER_MODE=external. */
async function main() {
  let env
  try {
    env = parseEnv()
    getRetentionConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  if (!env.DATABASE_URL || !env.MEILI_URL) {
    // The embedded PGlite and the local Meilisearch belong to one process: the web server's.
    console.error('Invalid configuration: npm run worker needs DATABASE_URL and MEILI_URL')
    process.exit(1)
  }
  const logger = getLogger()
  const services = await startServices(env, logger, { worker: true })
  logger.info('worker running')
  const stop = async () => {
    await services.stop()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop())
  process.on('SIGINT', () => void stop())
}

void main()
