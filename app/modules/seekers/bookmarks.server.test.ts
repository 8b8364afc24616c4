import type { AppLoadContext } from '@remix-run/node'
import { eq } from 'drizzle-orm'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { listings } from '../../../db/schema'
import { seedListing } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session.server'
import { getSeekerListingContext } from './listing-context.server'
import { action as bookmarksAction } from '~/routes/me.bookmarks'
import { addBookmark, isBookmarked, listBookmarks, removeBookmark } from './bookmarks.server'

const ctx = setupAppDatabase()
const seeker = () => seedUser(ctx.db, { role: 'seeker' })

async function contextFor(userId: string | null): Promise<AppLoadContext> {
  let viewer = null
  if (userId) {
    const token = generateSessionToken()
    await createSession(token, userId)
    viewer = await validateSessionToken(token)
  }
  return { viewer, secureCookies: false, clientIp: '203.0.113.7', requestId: 'test', nonce: '', logger: pino({ level: 'silent' }) }
}

const post = (fields: Record<string, string>) => new Request('http://localhost/me/bookmarks', { method: 'POST', body: new URLSearchParams(fields) })

describe('bookmarks', () => {
  it('bookmarks open listings once each, lists them newest first, and removes them', async () => {
    const user = await seeker()
    const [a, b] = [await seedListing(ctx.db), await seedListing(ctx.db)]
    await addBookmark(user.id, a.id)
    await addBookmark(user.id, b.id)
    await addBookmark(user.id, a.id)
    expect((await listBookmarks(user.id)).map((item) => item.listing.id).sort()).toEqual([a.id, b.id].sort())
    expect(await isBookmarked(user.id, a.id)).toBe(true)
    await removeBookmark(user.id, a.id)
    await removeBookmark(user.id, a.id)
    expect((await listBookmarks(user.id)).map((item) => item.listing.id)).toEqual([b.id])
  })

  it('keeps bookmarks per seeker', async () => {
    const [one, two] = [await seeker(), await seeker()]
    const listing = await seedListing(ctx.db)
    await addBookmark(one.id, listing.id)
    expect(await listBookmarks(two.id)).toEqual([])
    expect(await isBookmarked(two.id, listing.id)).toBe(false)
  })

  it('refuses to bookmark a closed or unknown listing, and shows a bookmarked one that closed as gone', async () => {
    const user = await seeker()
    const closed = await seedListing(ctx.db, { status: 'closed' })
    await expect(addBookmark(user.id, closed.id)).rejects.toMatchObject({ status: 404 })
    await expect(addBookmark(user.id, 999_999_999)).rejects.toMatchObject({ status: 404 })
    const later = await seedListing(ctx.db)
    await addBookmark(user.id, later.id)
    await ctx.db.update(listings).set({ status: 'closed' }).where(eq(listings.id, later.id))
    expect(await listBookmarks(user.id)).toEqual([expect.objectContaining({ isOpen: false })])
  })

  it('sends a visitor’s "Save" to sign in and back to the listing', async () => {
    const listing = await seedListing(ctx.db)
    const answer = await bookmarksAction({ request: post({ intent: 'add', listingId: String(listing.id), redirectTo: `/jobs/${listing.id}` }), params: {}, context: await contextFor(null) }).catch(
      (r: Response) => r,
    )
    expect((answer as Response).status).toBe(302)
    expect((answer as Response).headers.get('Location')).toBe(`/login?redirectTo=${encodeURIComponent(`/jobs/${listing.id}`)}`)
  })

  it('saves from the listing page and goes back there; a foreign redirect target is ignored', async () => {
    const user = await seeker()
    const listing = await seedListing(ctx.db)
    const context = await contextFor(user.id)
    const answer = (await bookmarksAction({ request: post({ intent: 'add', listingId: String(listing.id), redirectTo: `/jobs/${listing.id}` }), params: {}, context })) as Response
    expect(answer.headers.get('Location')).toBe(`/jobs/${listing.id}`)
    expect(await getSeekerListingContext({ id: user.id, role: 'seeker' }, listing.id)).toMatchObject({ isBookmarked: true, match: null })
    const away = (await bookmarksAction({ request: post({ intent: 'remove', listingId: String(listing.id), redirectTo: 'https://evil.example/' }), params: {}, context })) as Response
    expect(away.headers.get('Location')).toBe('/me/bookmarks')
    expect(await isBookmarked(user.id, listing.id)).toBe(false)
  })

  it('gives the listing page nothing for visitors and other roles', async () => {
    const listing = await seedListing(ctx.db)
    expect(await getSeekerListingContext(null, listing.id)).toBeNull()
    const employer = await seedUser(ctx.db, { role: 'employer' })
    expect(await getSeekerListingContext({ id: employer.id, role: 'employer' }, listing.id)).toBeNull()
  })
})
