import './node-env'
import type { Server } from 'node:http'
import { ConfigError, parseEnv, type Env } from '../app/utils/env.server'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed/demo-accounts'
import { getRetentionConfig } from '../app/modules/retention/config.server'
import { getLogger } from '../app/utils/logger.server'
import { createApp } from './app'
import { startServices, type Services } from './services'

const isDev = process.argv.includes('--dev')

function loadEnv(): Env {
  try {
    const env = parseEnv()
    getRetentionConfig()
    return env
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

async function main() {
  const env = loadEnv()
  const logger = getLogger()
  const services = await startServices(env, logger, { worker: env.WORKER_MODE === 'in-process' })
  const vite = isDev
    ? await import('vite').then((v) => v.createServer({ server: { middlewareMode: true } }))
    : undefined
  const app = await createApp({ env, logger, vite })
  const server = app.listen(env.PORT, env.HOST, () => announce(env, server, services))
  installShutdown(server, services, vite ? () => vite.close() : undefined)
}

function announce(env: Env, server: Server, services: Services) {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.PORT
  const host = env.HOST === '0.0.0.0' ? 'localhost' : env.HOST
  const lines = [
    '',
    `  Passgenau läuft / is running:  http://${host}:${port}`,
    `  Datenbank / database: ${services.database.driver === 'pglite' ? `PGlite (${env.DATA_DIR}/pglite)` : 'PostgreSQL (DATABASE_URL)'}`,
    `  Suche / search: ${env.MEILI_URL ?? `Meilisearch (local, ${env.DATA_DIR}/meili)`}`,
  ]
  if (services.seeded) lines.push(`  Demo: ${services.seeded.companies} companies, ${services.seeded.listings} listings`)
  if (services.hasDemoLogins) {
    lines.push('', `  Demo-Zugänge / demo logins (Passwort / password: ${DEMO_PASSWORD}):`)
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(24)} ${account.role}${account.member ? ` (${account.member.role})` : ''}`)
    lines.push(`  E-Mails: http://${host}:${port}/dev/mail`)
  }
  console.log(lines.join('\n') + '\n')
}

function installShutdown(server: Server, services: Services, closeVite?: () => Promise<void>) {
  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    getLogger().info({ signal }, 'shutting down')
    const force = setTimeout(() => process.exit(1), 8_000)
    force.unref()
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeIdleConnections()
      setTimeout(() => server.closeAllConnections(), 2_000).unref()
    })
    await closeVite?.()
    await services.stop()
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((error) => {
  getLogger().fatal({ err: error }, 'start failed')
  console.error(`Passgenau could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
