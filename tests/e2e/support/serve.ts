import { rmSync } from 'node:fs'
import postgres from 'postgres'
import { testServerUrl, withDatabase } from '../../support/test-env'

/** Starts the real server for the journeys, on a fresh database and a fresh search index. */
const E2E_DB = `passgenau_e2e_${process.env.PORT ?? 'default'}`
const dataDir = process.env.DATA_DIR ?? '.data/e2e'
rmSync(dataDir, { recursive: true, force: true })

const serverUrl = testServerUrl()
if (serverUrl) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`drop database if exists ${E2E_DB} with (force)`)
  await admin.unsafe(`create database ${E2E_DB}`)
  await admin.end()
  process.env.DATABASE_URL = withDatabase(serverUrl, E2E_DB)
}
await import('../../../server/main')
