import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import postgres from 'postgres'
import { openDatabase, type DatabaseHandle } from '../../db/client'
import { createSearchClient, type SearchHandle } from '../../search/client'
import { freePort, startLocalMeili } from '../../search/launcher'
import { startPassgenauProcess, type PassgenauProcess } from '../support/processes'
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink'
import { withDatabase } from '../support/test-env'
import type { Cleanup } from './bench-services'

export interface LoadCluster {
  handle: DatabaseHandle
  search: SearchHandle
  sink: SmtpSink
  webs: PassgenauProcess[]
  workers: PassgenauProcess[]
  databaseLabel: string
}

export interface ClusterOptions {
  webs: number
  workers: number
  /** First port of the web processes; free ports when 0. */
  portBase: number
  /** Meilisearch's port; a free one when 0. */
  meiliPort: number
  buildDir: string
}

/**
 * A fresh database on the machine's PostgreSQL, one local Meilisearch, a local SMTP sink, and the
 * web and worker processes, all started at once with the demo content (the first one seeds it while
 * the others wait on the startup lock). Everything is undone by `cleanup`.
 */
export async function startLoadCluster(cleanup: Cleanup, opts: ClusterOptions): Promise<LoadCluster> {
  if (!existsSync(resolve(opts.buildDir, 'server/index.js'))) throw new Error(`No built app in ${opts.buildDir}: run \`npm run build\` first`)
  const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `passgenau_load_${randomBytes(4).toString('hex')}`
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  cleanup.add(`drop database ${name}`, async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`)
    await admin.end({ timeout: 5 })
  })
  const [{ server_version: version }] = await admin<{ server_version: string }[]>`show server_version`
  const url = withDatabase(serverUrl, name)

  const dir = mkdtempSync(join(tmpdir(), 'passgenau-load-'))
  cleanup.add('remove temporary files', () => rmSync(dir, { recursive: true, force: true }))
  const port = (i: number) => (opts.portBase ? Promise.resolve(opts.portBase + i) : freePort())
  const meili = await startLocalMeili({ dataDir: join(dir, 'meili'), port: opts.meiliPort || (await freePort()) })
  cleanup.add('stop Meilisearch', meili.stop)
  const sink = await startSmtpSink()
  cleanup.add('stop the SMTP sink', sink.close)

  const env = {
    DATABASE_URL: url,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    SMTP_URL: sink.url,
    SEED_DEMO: 'always',
    WORKER_MODE: 'external',
    LOG_LEVEL: 'warn',
    DATA_DIR: join(dir, 'data'),
    BUILD_DIR: opts.buildDir,
    HOST: '127.0.0.1',
  }
  const webPorts = await Promise.all(Array.from({ length: opts.webs }, (_, i) => port(i)))
  // Every web process names the same public origin, as behind one proxy.
  const origin = `http://127.0.0.1:${webPorts[0]}`
  const starting = [
    ...webPorts.map((p) => startPassgenauProcess('web', { ...env, PORT: String(p), APP_ORIGIN: origin }, 300_000)),
    ...Array.from({ length: opts.workers }, () => startPassgenauProcess('worker', { ...env, APP_ORIGIN: origin }, 300_000)),
  ]
  const started = await Promise.allSettled(starting)
  const running = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  cleanup.add('stop the processes', async () => void (await Promise.all(running.map((p) => p.stop()))))
  const failed = started.find((r) => r.status === 'rejected')
  if (failed) throw failed.reason

  const handle = await openDatabase({ url, max: 4 })
  cleanup.add('close database', handle.close)
  return {
    handle,
    search: createSearchClient({ url: meili.url, apiKey: meili.masterKey }),
    sink,
    webs: running.filter((p) => p.kind === 'web'),
    workers: running.filter((p) => p.kind === 'worker'),
    databaseLabel: `PostgreSQL ${version.split(' ')[0]} (${name})`,
  }
}
