import { and, eq, inArray } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { listings, organizations } from '../../../db/schema'
import { publishedColumns } from '../listings/listing-rules.server'
import { enqueueListingSync } from '../search/outbox-store.server'

export type Restore = Array<{ listingId: number; status: string }>

/** Takes listings off the site (search follows through the outbox); returns what undoing needs. */
export async function blockListings(tx: Database, where: { listingId: number } | { organizationId: string }, now: Date): Promise<Restore> {
  const scope = 'listingId' in where ? eq(listings.id, where.listingId) : eq(listings.organizationId, where.organizationId)
  const before = await tx
    .select({ listingId: listings.id, status: listings.status })
    .from(listings)
    .where(and(scope, inArray(listings.status, ['published', 'held', 'expired'])))
    .for('update')
  if (before.length === 0) return []
  const ids = before.map((b) => b.listingId)
  await tx.update(listings).set({ status: 'blocked', updatedAt: now }).where(inArray(listings.id, ids))
  await enqueueListingSync(tx, ids)
  return before
}

/**
 * Puts blocked listings back as they were. A listing the risk check held comes back published: the
 * decision that undoes its block is the review it was waiting for.
 */
export async function restoreListings(tx: Database, restore: Restore, now: Date) {
  const ids = restore.map((r) => r.listingId)
  if (ids.length === 0) return
  const rows = await tx
    .select({ id: listings.id, applicationDeadline: listings.applicationDeadline, publishedAt: listings.publishedAt })
    .from(listings)
    .where(and(inArray(listings.id, ids), eq(listings.status, 'blocked')))
    .for('update')
  for (const row of rows) {
    const was = restore.find((r) => r.listingId === row.id)?.status
    if (was === 'held') await releaseHeldColumns(tx, row, now)
    else await tx.update(listings).set({ status: was === 'expired' ? 'expired' : 'published', updatedAt: now }).where(eq(listings.id, row.id))
  }
  await enqueueListingSync(tx, rows.map((r) => r.id))
}

async function releaseHeldColumns(tx: Database, row: { id: number; applicationDeadline: string | null; publishedAt: Date | null }, now: Date) {
  await tx.update(listings).set(publishedColumns(now, row.applicationDeadline, row.publishedAt)).where(eq(listings.id, row.id))
}

/** A listing held by the risk check goes live after review. */
export async function releaseHeldListing(tx: Database, listingId: number, now: Date): Promise<boolean> {
  const [row] = await tx
    .select({ id: listings.id, applicationDeadline: listings.applicationDeadline, publishedAt: listings.publishedAt })
    .from(listings)
    .where(and(eq(listings.id, listingId), eq(listings.status, 'held')))
    .for('update')
  if (!row) return false
  await releaseHeldColumns(tx, row, now)
  await enqueueListingSync(tx, [row.id])
  return true
}

/** Suspends a company at `at`, or ends its suspension with null. */
export async function setSuspended(tx: Database, organizationId: string, at: Date | null) {
  await tx.update(organizations).set({ suspendedAt: at, updatedAt: new Date() }).where(eq(organizations.id, organizationId))
}
