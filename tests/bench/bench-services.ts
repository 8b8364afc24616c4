import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import type { Server } from 'node:http'
import { join, resolve } from 'node:path'
import { pino } from 'pino'
import postgres from 'postgres'
import { parseEnv } from '../../app/utils/env.server'
import { migrateDatabase, openDatabase, setDatabase, type DatabaseHandle } from '../../db/client'
import { ensureReferenceData } from '../../db/reference/load'
import { createSearchClient, setSearch, type SearchHandle } from '../../search/client'
import { freePort, startLocalMeili } from '../../search/launcher'
import { createApp } from '../../server/app'
import { withDatabase } from '../support/test-env'

/** Undo steps, run last-in first-out, each at most once, also after Ctrl-C. */
export function createCleanup() {
  const steps: Array<{ label: string; run: () => Promise<void> | void }> = []
  return {
    add(label: string, run: () => Promise<void> | void) {
      steps.push({ label, run })
    },
    async run() {
      while (steps.length > 0) {
        const step = steps.pop()!
        try {
          await step.run()
        } catch (error) {
          console.error(`cleanup: ${step.label} failed: ${error instanceof Error ? error.message : String(error)}`)
        }
      }
    },
  }
}
export type Cleanup = ReturnType<typeof createCleanup>

export interface BenchDatabase {
  handle: DatabaseHandle
  /** For the report: which server, never a password. */
  label: string
}

/**
 * A throwaway database: a new one on the PostgreSQL server of DATABASE_URL / TEST_DATABASE_URL
 * (dropped afterwards), else PGlite in `dir`. Migrated, with the reference data loaded.
 */
export async function openBenchDatabase(cleanup: Cleanup, dir: string): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL
  let handle: DatabaseHandle
  let label: string
  if (serverUrl) {
    const name = `passgenau_bench_${randomBytes(4).toString('hex')}`
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
    await admin.unsafe(`create database ${name}`)
    cleanup.add(`drop database ${name}`, async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end({ timeout: 5 })
    })
    // The web app's own pool size (db/client.ts), so the fallback meets the same limit as in production.
    handle = await openDatabase({ url: withDatabase(serverUrl, name) })
    const [{ server_version: version }] = await admin<{ server_version: string }[]>`show server_version`
    label = `PostgreSQL ${version.split(' ')[0]} (${name})`
  } else {
    handle = await openDatabase({ dataDir: join(dir, 'pglite') })
    label = 'PGlite (embedded)'
  }
  cleanup.add('close database', handle.close)
  await migrateDatabase(handle)
  await ensureReferenceData(handle.db)
  return { handle, label }
}

export async function startBenchSearch(cleanup: Cleanup, dir: string): Promise<SearchHandle> {
  // Its banner and the expected 404 of the reindex's index check are noise; errors are not.
  const log = (text: string) => text.split('\n').filter((line) => /\bERROR\b/.test(line)).forEach((line) => console.error(`meilisearch: ${line}`))
  const meili = await startLocalMeili({ dataDir: join(dir, 'meili'), log })
  cleanup.add('stop Meilisearch', meili.stop)
  return createSearchClient({ url: meili.url, apiKey: meili.masterKey, indexPrefix: 'bench_' })
}

function newestSource(dir: string): number {
  let newest = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = statSync(path)
    if (stat.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (/\.(ts|tsx|css)$/.test(name) && !/\.test\.tsx?$/.test(name)) newest = Math.max(newest, stat.mtimeMs)
  }
  return newest
}

/**
 * The real web app (server/app.ts on the built bundle) on a free loopback port, with the
 * benchmark's database and Meilisearch installed as the process's handles.
 */
export async function startBenchApp(cleanup: Cleanup, handle: DatabaseHandle, search: SearchHandle, buildDir: string): Promise<{ baseUrl: string; isBuildStale: boolean }> {
  const bundle = resolve(buildDir, 'server/index.js')
  if (!existsSync(bundle)) throw new Error(`No built app at ${bundle}: run \`npm run build\` first (or pass --build-dir)`)
  const isBuildStale = statSync(bundle).mtimeMs < newestSource(resolve('app'))
  setDatabase(handle)
  setSearch(search)
  cleanup.add('unset handles', () => {
    setSearch(undefined)
    setDatabase(undefined)
  })
  // The bundle reads the environment itself, on first use: its absolute URLs should name this server.
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  Object.assign(process.env, { HOST: '127.0.0.1', PORT: String(port), APP_ORIGIN: baseUrl, BUILD_DIR: buildDir })
  const env = parseEnv()
  const app = await createApp({ env, logger: pino({ level: env.LOG_LEVEL }), buildDir })
  const server: Server = await new Promise((done, fail) => {
    const listening = app.listen(port, '127.0.0.1', () => done(listening))
    listening.once('error', fail)
  })
  cleanup.add('stop web app', () => {
    server.closeAllConnections()
    return new Promise<void>((done) => server.close(() => done()))
  })
  return { baseUrl, isBuildStale }
}
