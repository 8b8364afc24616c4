import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import type { TestProject } from 'vitest/node'
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../../db/client'
import { ensureReferenceData } from '../../db/reference/load'
import { startLocalMeili } from '../../search/launcher'
import { TEMPLATE_DB, testServerUrl, withDatabase } from './test-env'

declare module 'vitest' {
  export interface ProvidedContext {
    meiliUrl: string
    meiliKey: string
    pgliteTemplate: string
  }
}

async function prepare(handle: DatabaseHandle) {
  await migrateDatabase(handle)
  await ensureReferenceData(handle.db)
}

/** One migrated database with reference data, cloned per test file; one Meilisearch for the whole run. */
export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'passgenau-test-'))
  const serverUrl = testServerUrl()
  let pgliteTemplate = ''
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
    const stale = await admin`select datname from pg_database where datname like 'passgenau_t_%'`
    for (const row of stale) await admin.unsafe(`drop database if exists "${row.datname}" with (force)`)
    await admin.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`)
    await admin.unsafe(`create database ${TEMPLATE_DB}`)
    const handle = await openDatabase({ url: withDatabase(serverUrl, TEMPLATE_DB), max: 2 })
    await prepare(handle)
    await handle.close()
    await admin.end()
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
  return async () => {
    await meili.stop()
    rmSync(work, { recursive: true, force: true })
  }
}
