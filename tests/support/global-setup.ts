import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import type { TestProject } from 'vitest/node'
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../../db/client'
import { ensureReferenceData } from '../../db/reference/load'
import { startLocalMeili } from '../../search/launcher'
import { runDatabaseName, testServerUrl, withDatabase } from './test-env'

declare module 'vitest' {
  export interface ProvidedContext {
    meiliUrl: string
    meiliKey: string
    pgliteTemplate: string
    testRun: string
  }
}

async function prepare(handle: DatabaseHandle) {
  await migrateDatabase(handle)
  await ensureReferenceData(handle.db)
}

/** One migrated database with reference data, cloned per test file; one Meilisearch for the whole run. */
export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'passgenau-test-'))
  const run = randomBytes(4).toString('hex')
  const teardowns: Array<() => Promise<void>> = []
  const serverUrl = testServerUrl()
  let pgliteTemplate = ''
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
    const template = runDatabaseName(run, 'template')
    await admin.unsafe(`create database ${template}`)
    const handle = await openDatabase({ url: withDatabase(serverUrl, template), max: 2 })
    await prepare(handle)
    await handle.close()
    await admin.end()
    teardowns.push(async () => {
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} })
      const mine = await cleanup`select datname from pg_database where datname like ${runDatabaseName(run, '%')}`
      for (const row of mine) await cleanup.unsafe(`drop database if exists "${row.datname}" with (force)`)
      await cleanup.end()
    })
  } else {
    const handle = await openDatabase({})
    await prepare(handle)
    const dump = await handle.pglite!.dumpDataDir('none')
    pgliteTemplate = join(work, 'template.tar')
    writeFileSync(pgliteTemplate, Buffer.from(await dump.arrayBuffer()))
    await handle.close()
  }
  const meili = await startLocalMeili({ dataDir: join(work, 'meili') })
  project.provide('meiliUrl', meili.url)
  project.provide('meiliKey', meili.masterKey)
  project.provide('pgliteTemplate', pgliteTemplate)
  project.provide('testRun', run)
  return async () => {
    for (const teardown of teardowns) await teardown()
    await meili.stop()
    rmSync(work, { recursive: true, force: true })
  }
}
