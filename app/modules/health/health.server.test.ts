import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setDatabase } from '../../../db/client'
import { createSearchClient, setSearch } from '../../../search/client'
import { createTestDatabase, type TestDatabase } from '../../../tests/support/database'
import { createTestSearch } from '../../../tests/support/search'
import { loader as healthz } from '../../routes/healthz'
import { loader as readyz } from '../../routes/readyz'
import { checkReadiness } from './health.server'

let testDb: TestDatabase

beforeAll(async () => {
  testDb = await createTestDatabase()
})

afterAll(async () => {
  setDatabase(undefined)
  setSearch(undefined)
  await testDb?.close()
})

describe('GET /healthz', () => {
  it('answers ok without any dependency, never cached', async () => {
    setDatabase(undefined)
    setSearch(undefined)
    const response = healthz()
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'ok' })
  })
})

describe('GET /readyz', () => {
  it('is ready when PostgreSQL and Meilisearch both answer', async () => {
    setDatabase(testDb.handle)
    setSearch(createTestSearch())
    const response = await readyz()
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'ok', checks: { database: 'ok', search: 'ok' } })
  })

  it('names Meilisearch when it cannot be reached', async () => {
    setDatabase(testDb.handle)
    setSearch(createSearchClient({ url: 'http://127.0.0.1:9', apiKey: 'unused-key-0000000' }))
    const response = await readyz()
    expect(response.status).toBe(503)
    const body = await response.json()
    expect(body.status).toBe('unavailable')
    expect(body.failing).toEqual(['Meilisearch'])
    expect(body.checks.database).toBe('ok')
    expect(body.checks.search).toMatch(/^error: /)
  })

  it('answers within a second, naming Meilisearch, when the engine accepts connections but never replies', async () => {
    const silent = createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      setDatabase(testDb.handle)
      setSearch(createSearchClient({ url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, apiKey: 'unused-key-0000000' }))
      const started = performance.now()
      const response = await readyz()
      expect(performance.now() - started).toBeLessThan(1_000)
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({ failing: ['Meilisearch'], checks: { database: 'ok', search: expect.stringMatching(/timed out/) } })
    } finally {
      silent.closeAllConnections()
      silent.close()
    }
  })

  it('names the database when it is not open', async () => {
    setDatabase(undefined)
    setSearch(createTestSearch())
    const response = await readyz()
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ failing: ['PostgreSQL'], checks: { database: 'error: The database is not open yet', search: 'ok' } })
  })
})

describe('checkReadiness', () => {
  it('gives up on a probe that hangs', async () => {
    const started = Date.now()
    const readiness = await checkReadiness({ database: () => new Promise(() => {}), search: async () => {} }, 100)
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(readiness).toEqual({ status: 'unavailable', failing: ['PostgreSQL'], checks: { database: 'error: timed out after 100 ms', search: 'ok' } })
  })
})
