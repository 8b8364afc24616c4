import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { enqueueListingSync, enqueueOrganizationSync } from '../../app/modules/search/outbox-store.server'
import { listings, organizations, searchOutbox } from '../../db/schema'
import { seedListing } from '../../db/seed/factories'
import { createSearchClient } from '../../search/client'
import { isProcessAlive } from '../../search/engine-process'
import { createTestDatabase, type TestDatabase } from '../support/database'
import { testServerUrl } from '../support/test-env'

/*
 * The outage drill, automated: the real server with its embedded Meilisearch, about 20 mixed
 * searches a second for 60 s, and the engine killed with SIGKILL twice: once as it is, once with its
 * database wiped as well. Listings change while it is down. The test process and the server share
 * one PostgreSQL database, so this needs a PostgreSQL server (TEST_DATABASE_URL, as in CI).
 */

const root = join(__dirname, '../..')
const LOAD_MS = 60_000
const RATE_PER_SECOND = 20
const KILLS_AT_MS = [10_000, 35_000]

const PATHS = [
  '/jobs?q=Mechatroniker',
  '/jobs?q=Elektroniker&where=Goslar&radius=25',
  '/jobs?type=ausbildung&sort=newest',
  '/jobs?q=Koch&type=job',
  '/jobs?where=Nordhausen&radius=50&page=2',
  '/jobs?q=Pflege&german=B1',
  '/jobs',
  '/api/v1/listings?q=Tischler',
  '/api/v1/listings?q=Industriemechaniker&where=Wernigerode&radius=25',
  '/api/v1/listings?type=ausbildung&type=duales-studium&size=50',
  '/api/v1/listings?q=Kaufmann%20B%C3%BCromanagement&sort=newest',
  '/api/v1/listings?q=Fachkraft%20f%C3%BCr%20Lagerlogistik&benefit=deutschlandticket',
  '/api/v1/listings?q=Baecker',
  '/api/v1/listings?where=Halberstadt&radius=10&type=job',
]

interface Sample {
  path: string
  at: number
  status: number
  ms: number
  source?: string
}

const dirs: string[] = []
const cleanups: Array<() => Promise<void> | void> = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

async function startApp(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, MEILI_URL: '', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (c) => (stdout += c))
  child.stderr!.on('data', (c) => (stderr += c))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
  })
  const deadline = Date.now() + 150_000
  for (;;) {
    const url = /is running:\s+(http:\/\/\S+)/.exec(stdout)?.[1]
    if (url) return { child, url }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${stderr}`)
    await sleep(200)
  }
}

async function timedGet(base: string, path: string, started: number): Promise<Sample> {
  const at = performance.now()
  try {
    const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000), headers: { Accept: 'text/html,application/json' } })
    const body = await response.text()
    const source = path.startsWith('/api/') && response.ok ? (JSON.parse(body) as { source?: string }).source : undefined
    return { path, at: at - started, status: response.status, ms: performance.now() - at, source }
  } catch {
    return { path, at: at - started, status: 0, ms: performance.now() - at }
  }
}

// A drill of a minute at full load: run by `npm run test:outage` on a machine it has to itself, since
// on two cores shared with the rest of the suite the load alone saturates the server.
const isDrill = process.env.PASSGENAU_OUTAGE_DRILL === '1'

describe('search while Meilisearch dies under load', () => {
  it.runIf(isDrill && testServerUrl())(
    'answers every search, p95 within 1 s, restarts the engine within 30 s and ends with an index equal to PostgreSQL',
    async () => {
      const test: TestDatabase = await createTestDatabase()
      cleanups.push(() => test.close())
      const dataDir = mkdtempSync(join(tmpdir(), 'passgenau-outage-'))
      dirs.push(dataDir)
      const meiliDir = join(dataDir, 'meili')
      const pidFile = join(meiliDir, 'meilisearch.pid')
      const enginePid = () => (existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : null)

      const app = await startApp({ DATABASE_URL: test.url!, DATA_DIR: dataDir, PORT: '0', SEED_DEMO: 'always' })
      const appPid = app.child.pid!

      // Warm up the pages once, so the drill measures outages rather than first renders.
      for (const path of PATHS) expect((await timedGet(app.url, path, 0)).status).toBe(200)

      const samples: Sample[] = []
      const inFlight: Array<Promise<void>> = []
      const kills: Array<{ at: number; pid: number; backAfterMs?: number; readyz?: { ms: number; status: number; failing?: string[] } }> = []
      const started = performance.now()

      // Listings change while the engine is down: a new one, a closed one, a renamed company.
      const [someListing] = await test.db.select().from(listings).where(eq(listings.status, 'published')).limit(1)
      const changes: Array<() => Promise<void>> = [
        async () => {
          await seedListing(test.db, { organizationId: someListing.organizationId, title: 'Glasbläser/in (m/w/d) während des Ausfalls' })
        },
        async () => {
          await test.db.transaction(async (tx) => {
            await tx.update(listings).set({ status: 'closed' }).where(eq(listings.id, someListing.id))
            await enqueueListingSync(tx, [someListing.id])
          })
        },
        async () => {
          await test.db.transaction(async (tx) => {
            await tx.update(organizations).set({ name: 'Umbenannt im Ausfall GmbH' }).where(eq(organizations.id, someListing.organizationId))
            await enqueueOrganizationSync(tx, [someListing.organizationId])
          })
        },
      ]

      async function killEngine(wipe: boolean) {
        const pid = enginePid()!
        const at = performance.now() - started
        process.kill(pid, 'SIGKILL')
        // The second time the engine also loses its database: it must come back empty and be rebuilt.
        if (wipe) rmSync(join(meiliDir, 'data.ms'), { recursive: true, force: true })
        const kill: (typeof kills)[number] = { at, pid }
        kills.push(kill)
        const readyStarted = performance.now()
        const ready = await fetch(`${app.url}/readyz`, { signal: AbortSignal.timeout(5_000) })
          .then(async (r) => ({ status: r.status, failing: ((await r.json()) as { failing?: string[] }).failing }))
          .catch(() => ({ status: 0, failing: undefined }))
        kill.readyz = { ms: performance.now() - readyStarted, ...ready }
        for (const change of changes.splice(0, wipe ? changes.length : 2)) await change()
        const deadline = performance.now() + 60_000
        while (performance.now() < deadline) {
          const current = enginePid()
          if (current && current !== pid && (await fetch(`${app.url}/readyz`).then((r) => r.ok, () => false))) {
            kill.backAfterMs = performance.now() - started - at
            return
          }
          await sleep(100)
        }
      }

      const drill = (async () => {
        for (const [i, killAt] of KILLS_AT_MS.entries()) {
          await sleep(killAt - (performance.now() - started))
          await killEngine(i === KILLS_AT_MS.length - 1)
        }
      })()

      // Open loop: a request every 50 ms whatever the answers take, as visitors would send them.
      for (let i = 0; performance.now() - started < LOAD_MS; i++) {
        const path = PATHS[i % PATHS.length]
        inFlight.push(timedGet(app.url, path, started).then((sample) => void samples.push(sample)))
        await sleep(Math.max(0, started + ((i + 1) * 1000) / RATE_PER_SECOND - performance.now()))
      }
      await Promise.all(inFlight)
      await drill

      // Afterwards the index catches up: the outbox drains and the engine holds exactly what is published.
      const outboxDeadline = Date.now() + 60_000
      let pending = Infinity
      while (pending > 0 && Date.now() < outboxDeadline) {
        const [row] = await test.db.select({ n: sql<number>`count(*)::int` }).from(searchOutbox).where(isNull(searchOutbox.processedAt))
        pending = row.n
        if (pending > 0) await sleep(250)
      }
      const engineArgv = readFileSync(`/proc/${enginePid()}/cmdline`, 'utf8').split('\0')
      const port = engineArgv[engineArgv.indexOf('--http-addr') + 1].split(':')[1]
      const search = createSearchClient({ url: `http://127.0.0.1:${port}`, apiKey: readFileSync(`${meiliDir}.key`, 'utf8').trim() })
      const { results: documents } = await search.client
        .index<{ id: number; title: string; company: string }>('listings')
        .getDocuments({ fields: ['id', 'title', 'company'], limit: 100_000 })
      const published = await test.db
        .select({ id: listings.id, title: listings.title, company: organizations.name })
        .from(listings)
        .innerJoin(organizations, eq(organizations.id, listings.organizationId))
        .where(and(eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, sql`now()`))))
      const byId = (a: { id: number }, b: { id: number }) => a.id - b.id

      const times = samples.map((s) => s.ms).sort((a, b) => a - b)
      const figures = {
        requests: samples.length,
        perSecond: Math.round((samples.length / (LOAD_MS / 1000)) * 10) / 10,
        byStatus: Object.fromEntries([...new Set(samples.map((s) => s.status))].map((status) => [status, samples.filter((s) => s.status === status).length])),
        apiAnswers: { meilisearch: samples.filter((s) => s.source === 'meilisearch').length, fallback: samples.filter((s) => s.source === 'fallback').length },
        p50Ms: Math.round(percentile(times, 50)),
        p95Ms: Math.round(percentile(times, 95)),
        maxMs: Math.round(times[times.length - 1]),
        over1s: times.filter((t) => t > 1_000).length,
        kills: kills.map((k) => ({
          atS: Math.round(k.at / 100) / 10,
          engineBackAfterS: k.backAfterMs === undefined ? null : Math.round(k.backAfterMs / 100) / 10,
          readyzMs: Math.round(k.readyz?.ms ?? -1),
          readyzStatus: k.readyz?.status,
          readyzFailing: k.readyz?.failing,
        })),
        outboxPending: pending,
        indexDocuments: documents.length,
        publishedListings: published.length,
      }
      console.log(`search outage drill: ${JSON.stringify(figures, null, 2)}`)
      if (process.env.OUTAGE_TRACE) {
        for (const s of samples.sort((a, b) => a.at - b.at)) if (s.ms > 500 || s.status !== 200) console.log(Math.round(s.at), s.status, Math.round(s.ms), s.path)
      }

      expect(samples.filter((s) => s.status >= 500 || s.status === 0)).toEqual([])
      expect(figures.p95Ms).toBeLessThanOrEqual(1_000)
      expect(figures.maxMs).toBeLessThanOrEqual(3_000)
      expect(figures.apiAnswers.fallback).toBeGreaterThan(0)
      for (const kill of kills) {
        expect(isProcessAlive(kill.pid)).toBe(false)
        expect(kill.backAfterMs).toBeLessThanOrEqual(30_000)
        expect(kill.readyz?.ms).toBeLessThan(1_000)
        expect(kill.readyz?.failing).toEqual(['Meilisearch'])
      }
      // Without restarting the app: the same process served throughout, and answers from the engine again.
      expect(app.child.exitCode).toBeNull()
      expect(isProcessAlive(appPid)).toBe(true)
      const after = await fetch(`${app.url}/api/v1/listings?q=Mechatroniker`, { headers: { 'Cache-Control': 'no-cache' } })
      expect(((await after.json()) as { source: string }).source).toBe('meilisearch')
      expect(pending).toBe(0)
      expect(documents.map(({ id, title, company }) => ({ id, title, company })).sort(byId)).toEqual(published.sort(byId))
      expect(published.map((l) => l.title)).toContain('Glasbläser/in (m/w/d) während des Ausfalls')
      expect(published.map((l) => l.id)).not.toContain(someListing.id)
    },
    420_000,
  )
})
