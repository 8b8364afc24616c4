import { and, count, desc, eq } from 'drizzle-orm'
import type { Lang } from '~/i18n'
import { Invalid, NotFound } from '~/utils/errors'
import { getDb } from '../../../db/client'
import { savedSearches } from '../../../db/schema'
import { parseSearchParams } from '../search/search.schema'
import { DEFAULT_SIZE, type SearchInput } from '../search/search-params'
import { toSearchParams } from '../search/search-url'
import { MAX_SAVED_SEARCHES } from './alerts.schema'
import { deriveSearchName } from './search-name'
import { getUnsubscribeKey, isValidUnsubscribeToken } from './unsubscribe-token.server'
import type { AlertFrequency } from '../../../values/saved-searches'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Accepts "q=koch", "?q=koch" or "/jobs?q=koch"; anything the search cannot read is dropped. */
export function parseSavedQuery(raw: string): SearchInput {
  const query = raw.includes('?') ? raw.slice(raw.indexOf('?') + 1) : raw
  return parseSearchParams(new URLSearchParams(query)).input
}

/** One spelling per search (no page, default size), so saving the same search twice keeps one. */
export function canonicalQuery(input: SearchInput): string {
  return toSearchParams({ ...input, page: 1, size: DEFAULT_SIZE }).toString()
}

export function searchPath(query: string): string {
  return query ? `/jobs?${query}` : '/jobs'
}

/** Saves a search for the person; saving one they already have returns that one. */
export async function saveSearch(input: { userId: string; query: string; name?: string; lang: Lang }) {
  const search = parseSavedQuery(input.query)
  const query = canonicalQuery(search)
  return getDb().transaction(async (tx) => {
    const findExisting = async () => {
      const [row] = await tx
        .select({ id: savedSearches.id })
        .from(savedSearches)
        .where(and(eq(savedSearches.userId, input.userId), eq(savedSearches.query, query)))
      return row ? { id: row.id, isNew: false } : undefined
    }
    const existing = await findExisting()
    if (existing) return existing
    const [{ total }] = await tx.select({ total: count() }).from(savedSearches).where(eq(savedSearches.userId, input.userId))
    if (total >= MAX_SAVED_SEARCHES) throw new Invalid({}, 'alerts.limit')
    const [row] = await tx
      .insert(savedSearches)
      .values({
        userId: input.userId,
        query,
        name: input.name ?? deriveSearchName(search, input.lang),
      })
      // A double submit racing itself: the unique index keeps one row, the loser returns it.
      .onConflictDoNothing()
      .returning({ id: savedSearches.id })
    return row ? { id: row.id, isNew: true } : (await findExisting())!
  })
}

export async function listSavedSearches(userId: string) {
  const rows = await getDb()
    .select({
      id: savedSearches.id,
      name: savedSearches.name,
      query: savedSearches.query,
      frequency: savedSearches.frequency,
      createdAt: savedSearches.createdAt,
    })
    .from(savedSearches)
    .where(eq(savedSearches.userId, userId))
    .orderBy(desc(savedSearches.createdAt))
  return rows.map((row) => ({ ...row, href: searchPath(row.query) }))
}

/** Ownership is part of the WHERE clause: someone else's search answers like a missing one. */
export async function updateSavedSearch(input: { userId: string; id: string; name: string; frequency: AlertFrequency }) {
  if (!UUID.test(input.id)) throw new NotFound('saved search')
  const [row] = await getDb()
    .update(savedSearches)
    .set({ name: input.name, frequency: input.frequency })
    .where(and(eq(savedSearches.id, input.id), eq(savedSearches.userId, input.userId)))
    .returning({ id: savedSearches.id })
  if (!row) throw new NotFound('saved search')
}

export async function deleteSavedSearch(input: { userId: string; id: string }) {
  if (!UUID.test(input.id)) throw new NotFound('saved search')
  const [row] = await getDb()
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, input.id), eq(savedSearches.userId, input.userId)))
    .returning({ id: savedSearches.id })
  if (!row) throw new NotFound('saved search')
}

export type UnsubscribeState = { status: 'invalid' } | { status: 'gone' } | { status: 'confirm'; name: string }

/** What an unsubscribe link points at; the token alone authorises, no sign-in needed. */
export async function describeUnsubscribe(id: string, token: string): Promise<UnsubscribeState> {
  if (!UUID.test(id) || !isValidUnsubscribeToken(id, token, await getUnsubscribeKey())) return { status: 'invalid' }
  const [row] = await getDb().select({ name: savedSearches.name }).from(savedSearches).where(eq(savedSearches.id, id))
  return row ? { status: 'confirm', name: row.name } : { status: 'gone' }
}

/** Deletes the saved search a valid link names; a second click finds it gone and says so. */
export async function unsubscribeWithToken(id: string, token: string): Promise<'invalid' | 'done' | 'gone'> {
  if (!UUID.test(id) || !isValidUnsubscribeToken(id, token, await getUnsubscribeKey())) return 'invalid'
  const deleted = await getDb().delete(savedSearches).where(eq(savedSearches.id, id)).returning({ id: savedSearches.id })
  return deleted.length > 0 ? 'done' : 'gone'
}
