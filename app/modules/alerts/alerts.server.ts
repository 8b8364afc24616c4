import { and, eq, isNotNull, isNull, or, sql } from 'drizzle-orm'
import type { Lang } from '~/i18n'
import { getLogger } from '~/utils/logger.server'
import { getDb } from '../../../db/client'
import { savedSearches, users } from '../../../db/schema'
import type { SearchHandle } from '../../../search/client'
import { queueMail } from '../mail/mail.server'
import { searchListings } from '../search/query.server'
import { MAX_SIZE } from '../search/search-params'
import type { ListingHit } from '../search/search-types'
import { alertMailParams } from './alert-mail.server'
import { parseSavedQuery } from './saved-searches.server'
import { getUnsubscribeKey } from './unsubscribe-token.server'
import type { AlertFrequency } from '../../../values/saved-searches'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const PERIOD: Record<AlertFrequency, number> = { daily: DAY, weekly: 7 * DAY }
/** The job runs every 15 minutes; without slack a daily alert would slip a quarter hour each day. */
const SLACK = 30 * MINUTE
/**
 * Listings published in the last minutes may still be on their way into the index (the outbox
 * drains them); they count for the next run instead, so none is skipped.
 */
const SETTLE = 10 * MINUTE
const MAX_PAGES = 3

export interface AlertRun {
  due: number
  mailed: number
  failed: number
}

interface DueSearch {
  id: string
  name: string
  query: string
  lastSentAt: Date | null
  lastSeenPublishedAt: Date
  userName: string
  email: string
  lang: Lang
}

/**
 * Mails every due saved search its new listings. Idempotent: a run moves the search's window
 * forward and queues its mail in one transaction, guarded by the `last_sent_at` it read, so a
 * second run (or a second worker) finds nothing left to send.
 */
export async function sendDueAlerts(now: Date, opts: { search?: SearchHandle | null } = {}): Promise<AlertRun> {
  const due = await findDueSearches(now)
  const run: AlertRun = { due: due.length, mailed: 0, failed: 0 }
  for (const saved of due) {
    try {
      if (await runAlert(saved, now, opts.search)) run.mailed++
    } catch (error) {
      // One broken search must not hold up everyone else's mail; it is tried again next round.
      run.failed++
      getLogger().error({ err: error, savedSearchId: saved.id }, 'search alert failed')
    }
  }
  return run
}

function findDueSearches(now: Date): Promise<DueSearch[]> {
  const last = sql`coalesce(${savedSearches.lastSentAt}, ${savedSearches.createdAt})`
  const dueFor = (frequency: AlertFrequency) =>
    and(eq(savedSearches.frequency, frequency), sql`${last} <= ${new Date(now.getTime() - PERIOD[frequency] + SLACK).toISOString()}::timestamptz`)
  return getDb()
    .select({
      id: savedSearches.id,
      name: savedSearches.name,
      query: savedSearches.query,
      lastSentAt: savedSearches.lastSentAt,
      lastSeenPublishedAt: savedSearches.lastSeenPublishedAt,
      userName: users.name,
      email: users.email,
      lang: users.lang,
    })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    // Alerts go only to confirmed addresses: nobody gets mail they did not ask for.
    .where(and(isNotNull(users.emailVerifiedAt), or(dueFor('daily'), dueFor('weekly'))))
}

async function runAlert(saved: DueSearch, now: Date, search: SearchHandle | null | undefined): Promise<boolean> {
  // Whole seconds, as the index keeps publication times: each listing falls in exactly one window.
  const fromSec = Math.floor(saved.lastSeenPublishedAt.getTime() / 1000)
  const toSec = Math.floor((now.getTime() - SETTLE) / 1000)
  if (toSec <= fromSec) return false
  const hits = await findNewListings(saved, fromSec, toSec, now, search)
  const unsubscribeKey = await getUnsubscribeKey()
  return getDb().transaction(async (tx) => {
    const [claimed] = await tx
      .update(savedSearches)
      .set({ lastSentAt: now, lastSeenPublishedAt: new Date(toSec * 1000) })
      .where(and(eq(savedSearches.id, saved.id), saved.lastSentAt ? eq(savedSearches.lastSentAt, saved.lastSentAt) : isNull(savedSearches.lastSentAt)))
      .returning({ id: savedSearches.id })
    // Another run got here first, or the search was deleted meanwhile.
    if (!claimed || hits.length === 0) return false
    const params = alertMailParams({ savedSearchId: saved.id, searchName: saved.name, query: saved.query, userName: saved.userName, lang: saved.lang, hits, unsubscribeKey })
    await queueMail({ to: saved.email, template: 'search-alert', lang: saved.lang, params }, tx)
    return true
  })
}

const publishedSec = (hit: ListingHit) => (hit.publishedAt ? Date.parse(hit.publishedAt) / 1000 : 0)

/** The saved search, newest first, narrowed to listings published in (fromSec, toSec]. */
async function findNewListings(saved: DueSearch, fromSec: number, toSec: number, now: Date, search: SearchHandle | null | undefined) {
  const days = Math.ceil((now.getTime() / 1000 - fromSec) / 86_400)
  const input = { ...parseSavedQuery(saved.query), sort: 'newest' as const, size: MAX_SIZE, since: Math.min(Math.max(days, 1), 365) }
  const found: ListingHit[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await searchListings({ ...input, page }, { lang: saved.lang, now, search })
    found.push(...result.hits.filter((hit) => publishedSec(hit) > fromSec && publishedSec(hit) <= toSec))
    const oldest = result.hits.at(-1)
    if (!oldest || publishedSec(oldest) <= fromSec || page * input.size >= result.total) break
  }
  return found
}
