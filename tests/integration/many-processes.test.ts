import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq, inArray, isNull, sql, type AnyColumn } from 'drizzle-orm'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openDatabase, type Database, type DatabaseHandle } from '../../db/client'
import { applications, jobs, listings, outboundEmails, savedSearches, searchOutbox } from '../../db/schema'
import { seedListing, seedOrganization } from '../../db/seed/factories'
import { seedUser } from '../../db/seed/users'
import { createSearchClient, type SearchHandle } from '../../search/client'
import { startPassgenauProcess, type PassgenauProcess } from '../support/processes'
import { apply, changeStatus, signIn, type Visit } from '../support/site-client'
import { countByMessageId, startSmtpSink, type SmtpSink } from '../support/smtp-sink'
import { runDatabaseName, testServerUrl, withDatabase } from '../support/test-env'

/*
 * The installation as an operator runs it: two web processes and two workers, started at the same
 * moment on an empty PostgreSQL database, sharing one Meilisearch and one SMTP server. PGlite is one
 * process's database, so this needs the PostgreSQL server the other integration tests use.
 */
const serverUrl = testServerUrl()
const root = join(__dirname, '../..')
const PASSWORD = 'harz-processes-2026'
const METRICS_TOKEN = randomBytes(24).toString('hex')
const HOUR = 3_600_000
const DAY = 24 * HOUR

let database: DatabaseHandle
let db: Database
let databaseName: string
let admin: postgres.Sql
let sink: SmtpSink
let search: SearchHandle
let dataDir: string
const processes: PassgenauProcess[] = []
let webs: PassgenauProcess[] = []

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
}

/** Runs `work` over `items`, `concurrency` at a time, alternating the web processes. */
async function across<T>(items: T[], concurrency: number, work: (item: T, visit: Visit) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++
        await work(items[i], { baseUrl: webs[i % webs.length].url, clientIp: `198.18.0.${(i % 250) + 1}` })
      }
    }),
  )
}

const runsOf = async (name: string) => Number((await db.select({ runs: jobs.runs }).from(jobs).where(eq(jobs.name, name)))[0]?.runs ?? 0)

/** The period of these jobs has passed: each runs again, once, in whichever worker polls first. */
async function runJobsAgain(names: string[]) {
  const before = await Promise.all(names.map(runsOf))
  await db.update(jobs).set({ lastRunAt: null }).where(inArray(jobs.name, names))
  await until(`${names.join(', ')} to run`, async () => (await Promise.all(names.map(runsOf))).every((runs, i) => runs > before[i]), 30_000)
}

const outboxDepth = async () => Number((await db.select({ n: sql<number>`count(*)` }).from(searchOutbox).where(isNull(searchOutbox.processedAt)))[0].n)

/** Every queued mail marked sent, then long enough for a second copy to arrive if one were sent. */
async function mailSettled() {
  await until('all mail sent', async () => Number((await db.select({ n: sql<number>`count(*)` }).from(outboundEmails).where(isNull(outboundEmails.sentAt)))[0].n) === 0)
  await new Promise((resolve) => setTimeout(resolve, 3_000))
}

const mailTo = (email: string) => sink.received.filter((m) => m.to.includes(email)).length

describe.runIf(serverUrl)('two web processes and two workers on one database', () => {
  beforeAll(async () => {
    if (!existsSync(join(root, 'build/server/index.js'))) throw new Error('No built app: run `npm run build` first')
    databaseName = runDatabaseName(inject('testRun'), `procs_${randomBytes(4).toString('hex')}`)
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} })
    await admin.unsafe(`create database ${databaseName}`)
    const url = withDatabase(serverUrl!, databaseName)
    sink = await startSmtpSink()
    const prefix = `p${randomBytes(4).toString('hex')}_`
    search = createSearchClient({ url: inject('meiliUrl'), apiKey: inject('meiliKey'), indexPrefix: prefix })
    dataDir = mkdtempSync(join(tmpdir(), 'passgenau-procs-'))
    const env = {
      DATABASE_URL: url,
      MEILI_URL: inject('meiliUrl'),
      MEILI_MASTER_KEY: inject('meiliKey'),
      MEILI_INDEX_PREFIX: prefix,
      SMTP_URL: sink.url,
      SEED_DEMO: 'never',
      WORKER_MODE: 'external',
      METRICS_TOKEN,
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
    }
    // All four at once on an empty database: the startup lock lets one migrate while the others wait.
    const started = await Promise.allSettled([
      startPassgenauProcess('web', env),
      startPassgenauProcess('web', env),
      startPassgenauProcess('worker', env),
      startPassgenauProcess('worker', env),
    ])
    for (const result of started) if (result.status === 'fulfilled') processes.push(result.value)
    const failed = started.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
    webs = processes.filter((p) => p.kind === 'web')
    database = await openDatabase({ url, max: 4 })
    db = database.db
  }, 180_000)

  afterAll(async () => {
    const codes = await Promise.all(processes.map((p) => p.stop()))
    await database?.close()
    await sink?.close()
    await admin?.unsafe(`drop database if exists ${databaseName} with (force)`)
    await admin?.end()
    await search?.client.deleteIndex(search.listingsIndex).catch(() => {})
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
    expect(codes).toEqual(processes.map(() => 0))
  }, 60_000)

  it('migrated the empty database exactly once while all four started together', async () => {
    const journal = JSON.parse(readFileSync(join(root, 'db/migrations/meta/_journal.json'), 'utf8')) as { entries: unknown[] }
    const rows = (await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as Array<{ n: number }>
    const [{ n }] = [...rows]
    expect(n).toBe(journal.entries.length)
  })

  it('delivers the mail of 200 applications and 200 status changes exactly once each', async () => {
    const companies = await Promise.all(Array.from({ length: 10 }, () => seedOrganization(db)))
    const owners = await Promise.all(companies.map((c) => seedUser(db, { role: 'employer', password: PASSWORD, memberOf: { organizationId: c.id, role: 'owner' } })))
    const offers = (await Promise.all(companies.flatMap((c) => [seedListing(db, { organizationId: c.id }), seedListing(db, { organizationId: c.id })])))
    const seekers = await Promise.all(Array.from({ length: 20 }, () => seedUser(db, { password: PASSWORD })))

    const seekerCookies: string[] = []
    await across(seekers, 4, async (seeker, visit) => void seekerCookies.push(`${seeker.id} ${await signIn(visit, seeker.email, PASSWORD)}`))
    const cookieOf = new Map(seekerCookies.map((line) => line.split(' ') as [string, string]))
    const pairs = seekers.flatMap((seeker, i) => Array.from({ length: 10 }, (_, k) => ({ seeker, listing: offers[(i + k) % offers.length] })))
    const applied: Array<{ id: string; organizationId: string }> = []
    await across(pairs, 8, async ({ seeker, listing }, visit) => {
      applied.push({ id: await apply(visit, cookieOf.get(seeker.id)!, listing.id), organizationId: listing.organizationId })
    })
    expect(new Set(applied.map((a) => a.id)).size).toBe(200)

    const ownerCookies = new Map<string, string>()
    await across(owners, 4, async (owner, visit) => {
      ownerCookies.set(companies[owners.indexOf(owner)].id, await signIn(visit, owner.email, PASSWORD))
    })
    await across(applied, 8, async (application, visit) => changeStatus(visit, ownerCookies.get(application.organizationId)!, application.id, 'in_review'))

    await mailSettled()
    const rows = await db.select({ id: outboundEmails.id }).from(outboundEmails)
    // A confirmation to the seeker and a notice to the company per application, one mail per status change.
    expect(rows.length).toBe(600)
    const counts = countByMessageId(sink.received)
    expect(rows.filter((row) => counts.get(`<mail-${row.id}@passgenau.example>`) !== 1)).toEqual([])
    expect(sink.received.length).toBe(rows.length)
  }, 180_000)

  it('sends each saved search one alert per window and each company one reminder per silence', async () => {
    const now = Date.now()
    const alerted = await Promise.all(Array.from({ length: 6 }, () => seedUser(db, { password: PASSWORD })))
    const searches = inArray(savedSearches.userId, alerted.map((u) => u.id))
    await db.insert(savedSearches).values(
      alerted.map((user) => ({ userId: user.id, name: 'Mechatronik', query: 'q=Mechatroniker', frequency: 'daily' as const, lastSentAt: new Date(now - 2 * DAY), lastSeenPublishedAt: new Date(now - 5 * HOUR) })),
    )
    const quiet = await seedOrganization(db)
    const quietOwner = await seedUser(db, { role: 'employer', memberOf: { organizationId: quiet.id, role: 'owner' } })
    const firstWindow = await Promise.all([1, 2, 3].map(() => seedListing(db, { organizationId: quiet.id, publishedAt: new Date(now - 4 * HOUR) })))
    // Three applications waiting eight days for an answer: one reminder for the company, not three.
    await db.insert(applications).values(alerted.slice(0, 3).map((user, i) => ({ listingId: firstWindow[i].id, seekerId: user.id, createdAt: new Date(now - 8 * DAY), updatedAt: new Date(now - 8 * DAY) })))
    await until('the outbox to drain', async () => (await outboxDepth()) === 0)

    await runJobsAgain(['search-alerts', 'reply-deadlines'])
    await mailSettled()
    expect(alerted.map((user) => mailTo(user.email))).toEqual(alerted.map(() => 1))
    expect(mailTo(quietOwner.email)).toBe(1)

    // A day passes (every time involved moves a day back), and new listings appear.
    const dayBack = (column: AnyColumn) => sql`${column} - interval '1 day'`
    await db.update(savedSearches).set({ lastSentAt: dayBack(savedSearches.lastSentAt), lastSeenPublishedAt: dayBack(savedSearches.lastSeenPublishedAt) }).where(searches)
    await db.update(listings).set({ publishedAt: dayBack(listings.publishedAt) }).where(inArray(listings.id, firstWindow.map((l) => l.id)))
    await db.insert(searchOutbox).values(firstWindow.map((l) => ({ entity: 'listing' as const, entityId: String(l.id) })))
    await Promise.all([1, 2].map(() => seedListing(db, { organizationId: quiet.id, publishedAt: new Date(now - HOUR) })))
    await until('the outbox to drain', async () => (await outboxDepth()) === 0)
    await runJobsAgain(['search-alerts', 'reply-deadlines'])
    // Still the same window: nothing new to send.
    await runJobsAgain(['search-alerts', 'reply-deadlines'])
    await mailSettled()
    expect(alerted.map((user) => mailTo(user.email))).toEqual(alerted.map(() => 2))
    expect(mailTo(quietOwner.email)).toBe(1)
    expect(new Set(countByMessageId(sink.received).values())).toEqual(new Set([1]))
  }, 180_000)

  it('drains the search outbox until the index holds exactly the published listings', async () => {
    const company = await seedOrganization(db)
    // One listing past its end: the expiry job takes it offline and out of the index.
    const [, , past] = await Promise.all([
      seedListing(db, { organizationId: company.id }),
      seedListing(db, { organizationId: company.id, status: 'draft', publishedAt: null }),
      seedListing(db, { organizationId: company.id, expiresAt: new Date(Date.now() + 5_000) }),
    ])
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    await runJobsAgain(['listing-expiry'])
    await until('the outbox to drain', async () => (await outboxDepth()) === 0)
    const published = await db.select({ id: listings.id }).from(listings).where(eq(listings.status, 'published'))
    const documents = await search.client.index(search.listingsIndex).getDocuments({ fields: ['id'], limit: 10_000 })
    expect(documents.results.map((d) => Number(d.id)).sort((a, b) => a - b)).toEqual(published.map((l) => l.id).sort((a, b) => a - b))
    expect(published.map((l) => l.id)).not.toContain(past.id)
  }, 60_000)

  it('reports every series on /metrics to loopback and to the token, and refuses anyone else', async () => {
    const [web] = webs
    for (const q of ['Mechatroniker', 'Koch', 'Elektroniker']) expect((await fetch(`${web.url}/jobs?q=${q}`)).status).toBe(200)
    const local = await fetch(`${web.url}/metrics`)
    expect(local.status).toBe(200)
    const text = await local.text()
    for (const series of [
      /^passgenau_http_request_duration_seconds_count\{route="routes\/jobs\._index",method="GET",status="200"\} [1-9]/m,
      /^passgenau_http_request_duration_seconds_count\{route="routes\/jobs\.\$listing_\.apply",method="POST",status="302"\} [1-9]/m,
      /^passgenau_search_duration_seconds_count\{engine="meilisearch"\} [1-9]/m,
      /^passgenau_search_fallbacks_total \d+/m,
      /^passgenau_search_outbox_depth 0$/m,
      /^passgenau_search_outbox_lag_seconds 0$/m,
      /^passgenau_mail_queue_depth\{state="pending"\} 0$/m,
      /^passgenau_mail_queue_depth\{state="failed"\} 0$/m,
      /^passgenau_job_runs_total\{job="mail"\} [1-9]/m,
      /^passgenau_job_runs_total\{job="search-alerts"\} [1-9]/m,
      /^passgenau_job_failures_total\{job="search-alerts"\} 0$/m,
    ])
      expect(text).toMatch(series)

    // Through a proxy on this host the request comes from loopback; the forwarded client decides.
    const outside = { 'x-forwarded-for': '203.0.113.9' }
    expect((await fetch(`${web.url}/metrics`, { headers: outside })).status).toBe(403)
    expect((await fetch(`${web.url}/metrics`, { headers: { ...outside, authorization: `Bearer ${METRICS_TOKEN}x` } })).status).toBe(403)
    const withToken = await fetch(`${web.url}/metrics`, { headers: { ...outside, authorization: `Bearer ${METRICS_TOKEN}` } })
    expect(withToken.status).toBe(200)
    expect(await withToken.text()).toMatch(/^passgenau_search_outbox_depth /m)
  }, 60_000)
})
