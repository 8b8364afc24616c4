import { and, desc, eq, sql } from 'drizzle-orm'
import { NotFound } from '~/utils/errors'
import { getDb, type Database } from '../../../db/client'
import { bookmarks, listings, organizations, places } from '../../../db/schema'
import { cardColumns, isOpenListing, toListingCard, type ListingSummary } from '../listings/cards.server'

export const MAX_BOOKMARKS = 200

/** Bookmarks an open listing; bookmarking it again changes nothing. Closed or unknown: NotFound. */
export async function addBookmark(userId: string, listingId: number, db: Database = getDb()): Promise<void> {
  const [open] = await db.select({ id: listings.id }).from(listings).where(and(eq(listings.id, listingId), isOpenListing()))
  if (!open) throw new NotFound('listing')
  await db.insert(bookmarks).values({ userId, listingId }).onConflictDoNothing()
}

/** Removing what is not there is not an error: a double click must not show one. */
export async function removeBookmark(userId: string, listingId: number, db: Database = getDb()): Promise<void> {
  await db.delete(bookmarks).where(and(eq(bookmarks.userId, userId), eq(bookmarks.listingId, listingId)))
}

export async function isBookmarked(userId: string, listingId: number, db: Database = getDb()): Promise<boolean> {
  const [row] = await db
    .select({ id: bookmarks.listingId })
    .from(bookmarks)
    .where(and(eq(bookmarks.userId, userId), eq(bookmarks.listingId, listingId)))
  return Boolean(row)
}

export interface BookmarkItem {
  listing: ListingSummary
  /** Closed or expired since it was bookmarked: shown as gone, still removable. */
  isOpen: boolean
  savedAt: string
}

/** The seeker's bookmarks, newest first, open or not. */
export async function listBookmarks(userId: string, db: Database = getDb()): Promise<BookmarkItem[]> {
  const rows = await db
    .select({ ...cardColumns, isOpen: sql<boolean>`${isOpenListing()}`, savedAt: bookmarks.createdAt })
    .from(bookmarks)
    .innerJoin(listings, eq(listings.id, bookmarks.listingId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(eq(bookmarks.userId, userId))
    .orderBy(desc(bookmarks.createdAt), desc(bookmarks.listingId))
    .limit(MAX_BOOKMARKS)
  return rows.map(({ isOpen, savedAt, ...card }) => ({ listing: toListingCard(card), isOpen, savedAt: savedAt.toISOString() }))
}
