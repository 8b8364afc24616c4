import { createTransport } from 'nodemailer'
import type { Logger } from 'pino'
import { sendDueAlerts } from '../app/modules/alerts/alerts.server'
import { runReplyDeadlines } from '../app/modules/applications/reply-deadlines.server'
import { runListingExpiry } from '../app/modules/listings/expiry.server'
import { deliverQueuedMail } from '../app/modules/mail/delivery.server'
import { runRetention } from '../app/modules/privacy/retention.server'
import { createOutboxStore, createReindexSource, loadSynonymSource } from '../app/modules/search/outbox-store.server'
import { hasDemoFeatures, type Env } from '../app/utils/env.server'
import { applyMigrations, openDatabase, setDatabase, type DatabaseHandle } from '../db/client'
import { ensureReferenceData } from '../db/reference/load'
import { seedDemo } from '../db/seed/demo'
import { seedDemoAccounts } from '../db/seed/demo-accounts'
import { createSearchClient, setSearch, type SearchHandle } from '../search/client'
import { startLocalMeili, type LocalMeili } from '../search/launcher'
import { syncPromotionBoundaries } from '../app/modules/chambers/promotion-sync.server'
import { reindexListings } from '../search/reindex'
import { applyListingSettings, buildSynonyms, hasStaleDocuments } from '../search/settings'
import { startOutboxLoop, type OutboxLoop } from '../search/sync'
import { startJobLoop, startQueueLoop, type RecurringJob } from './jobs'
import { recordJobRound } from '../app/modules/jobs/job-lease.server'

export interface Services {
  database: DatabaseHandle
  search: SearchHandle
  /** The embedded engine, when no MEILI_URL is set. */
  meili?: LocalMeili
  seeded: { companies: number; listings: number } | null
  hasDemoLogins: boolean
  stop: () => Promise<void>
}

interface Options {
  /** Drain the search outbox in this process. */
  worker: boolean
}

/**
 * Opens the database (given server or embedded PGlite), migrates, loads reference and demo data,
 * connects Meilisearch (given server or the local binary) and, if asked, runs the sync loop.
 */
export async function startServices(env: Env, log: Logger, opts: Options): Promise<Services> {
  const stops: Array<() => Promise<void>> = []
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => log.error({ err: error }, 'stop failed'))
  }
  try {
    const database = await openDatabase({ url: env.DATABASE_URL, dataDir: `${env.DATA_DIR}/pglite` })
    stops.push(database.close)
    setDatabase(database)
    log.info({ driver: database.driver }, 'database open')

    let meili: LocalMeili | undefined
    // Filled in below; the engine's supervisor only calls back after its first start.
    const late: { search?: SearchHandle; loop?: OutboxLoop } = {}
    if (!env.MEILI_URL) {
      meili = await startLocalMeili({
        dataDir: `${env.DATA_DIR}/meili`,
        log: (line) => log.warn({ meili: line }),
        // Searches skip the engine until it is back with a complete index.
        onDown: () => late.search?.breaker.hold('engine restarting'),
        onRestart: async () => {
          if (!late.search) return
          await prepareIndex(database, late.search, log, false)
          late.search.breaker.release()
          late.loop?.kick()
        },
      })
      stops.push(meili.stop)
      log.info({ url: meili.url }, 'local Meilisearch started')
    }
    const search = createSearchClient(
      {
        url: env.MEILI_URL ?? meili!.url,
        apiKey: env.MEILI_URL ? (env.MEILI_MASTER_KEY ?? '') : meili!.masterKey,
        indexPrefix: env.MEILI_INDEX_PREFIX,
      },
      { onChange: (state, reason) => log.warn({ state, reason }, 'search engine circuit breaker') },
    )
    late.search = search
    setSearch(search)

    // Web processes and workers may start at once in any order: the first migrates, loads the
    // reference and demo data and builds the index while the others wait, then find nothing to do.
    const { seed, hasDemoLogins } = await database.withStartupLock(async () => {
      await applyMigrations(database)
      const reference = await ensureReferenceData(database.db, (m) => log.info(m))
      log.info(reference, 'reference data ready')
      const shouldSeed = env.SEED_DEMO === 'always' || (env.SEED_DEMO === 'auto' && hasDemoFeatures(env))
      const seed = shouldSeed ? await seedDemo(database.db, { log: (m) => log.info(m) }) : null
      // Demo logins exist only outside production, whatever SEED_DEMO says.
      const hasDemoLogins = shouldSeed && hasDemoFeatures(env)
      if (hasDemoLogins) await seedDemoAccounts(database.db, { uploadsDir: env.UPLOADS_DIR })
      await prepareIndex(database, search, log, Boolean(seed?.created))
      return { seed, hasDemoLogins }
    })

    if (opts.worker) {
      const loop = startOutboxLoop(createOutboxStore(database.db), search, {
        intervalMs: 1_000,
        log: (message, extra) => log.warn({ ...extra }, message),
        onRound: (round) => void recordJobRound('search-outbox', round.failed > 0, round.error).catch(() => {}),
      })
      late.loop = loop
      stops.push(loop.stop)
      for (const job of recurringJobs()) stops.push(startJobLoop(job, log))
      if (env.SMTP_URL) {
        const transport = createMailTransport(env.SMTP_URL)
        stops.push(async () => transport.close())
        stops.push(startQueueLoop('mail', 2_000, () => deliverQueuedMail(transport, env.OPERATOR_EMAIL, { limit: 50 }), log))
      }
    }
    return { database, search, meili, seeded: seed?.created ? seed : null, hasDemoLogins, stop: stopAll }
  } catch (error) {
    await stopAll()
    throw error
  }
}

const MINUTE = 60_000

/**
 * The recurring background jobs. Each runs once per period in the whole installation, however many
 * processes run them (see runLeasedJob); add a new one here with its name, period and work.
 */
export function recurringJobs(): RecurringJob[] {
  return [
    { name: 'search-alerts', everyMs: 15 * MINUTE, run: () => sendDueAlerts(new Date()) },
    { name: 'listing-expiry', everyMs: 15 * MINUTE, run: () => runListingExpiry(new Date()) },
    { name: 'reply-deadlines', everyMs: 15 * MINUTE, run: () => runReplyDeadlines(new Date()) },
    // Re-syncs listings whose featured period began or ended, so search ranks them by today's state.
    // (Its own row 'promotion-sync' remembers which days it has done.)
    { name: 'promotions', everyMs: 15 * MINUTE, run: () => syncPromotionBoundaries(new Date()) },
    // The retention schedule (docs/retention.md): hourly, so "daily" clean-ups happen within a day even across restarts.
    { name: 'retention', everyMs: 60 * MINUTE, run: () => runRetention(new Date()) },
  ]
}

/**
 * Keeps a few SMTP connections open instead of one per mail, and gives up on a silent server within
 * a minute, well inside a claimed mail's lease.
 */
function createMailTransport(url: string) {
  return createTransport({ url, pool: true, maxConnections: 2, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 })
}

/**
 * Settings as code on every start, and after the embedded engine restarted; a full rebuild when the
 * index is new, empty (an engine that started afresh), outdated, or the demo was just seeded.
 */
async function prepareIndex(database: DatabaseHandle, search: SearchHandle, log: Logger, seeded: boolean) {
  try {
    const synonyms = buildSynonyms(await loadSynonymSource(database.db))
    await applyListingSettings(search, { synonyms })
    const stats = await search.client.index(search.listingsIndex).getStats()
    if (seeded || stats.numberOfDocuments === 0 || (await hasStaleDocuments(search))) {
      const result = await reindexListings(search, createReindexSource(database.db), { synonyms })
      log.info({ documents: result.indexed, ms: result.ms }, 'search index rebuilt')
    }
  } catch (error) {
    // Search is a copy: the site runs without it, and the outbox catches up once it answers.
    log.error({ err: error }, 'search index not prepared; continuing, the sync loop will catch up')
  }
}
