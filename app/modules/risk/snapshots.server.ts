import { eq } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { events, listings, organizations, type ContentSnapshot } from '../../../db/schema'
import { NotFound } from '~/utils/errors'

/** Enough of a text to judge it later; a report keeps this even if the provider edits or deletes. */
const SNAPSHOT_TEXT_MAX = 20_000
const clip = (text: string) => text.slice(0, SNAPSHOT_TEXT_MAX)

export interface Snapshotted {
  organizationId: string
  listingId: number | null
  eventId: string | null
  snapshot: ContentSnapshot
}

/** `publicOnly`: only what visitors could see (never a draft or a listing held before publishing). */
export async function snapshotListing(db: Database, listingId: number, opts: { publicOnly?: boolean } = {}): Promise<Snapshotted> {
  const [row] = await db
    .select({ title: listings.title, description: listings.description, organizationId: listings.organizationId, companyName: organizations.name, status: listings.status, publishedAt: listings.publishedAt })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(eq(listings.id, listingId))
  if (!row || (opts.publicOnly && (row.status === 'draft' || row.status === 'held' || row.publishedAt === null))) throw new NotFound('listing')
  return {
    organizationId: row.organizationId,
    listingId,
    eventId: null,
    snapshot: { kind: 'listing', title: row.title, text: clip(row.description), companyName: row.companyName, url: `/jobs/${listingId}` },
  }
}

export async function snapshotCompany(db: Database, where: { slug: string }): Promise<Snapshotted> {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, description: organizations.description, kind: organizations.kind, suspendedAt: organizations.suspendedAt })
    .from(organizations)
    .where(eq(organizations.slug, where.slug))
  if (!row || row.kind !== 'company' || row.suspendedAt) throw new NotFound('company')
  return {
    organizationId: row.id,
    listingId: null,
    eventId: null,
    snapshot: { kind: 'company', title: row.name, text: clip(row.description), companyName: row.name, url: `/companies/${row.slug}` },
  }
}

export async function snapshotEvent(db: Database, eventId: string): Promise<Snapshotted> {
  const [row] = await db
    .select({ title: events.title, description: events.description, organizationId: events.organizationId, companyName: organizations.name })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.organizationId))
    .where(eq(events.id, eventId))
  if (!row) throw new NotFound('event')
  return {
    organizationId: row.organizationId,
    listingId: null,
    eventId,
    snapshot: { kind: 'event', title: row.title, text: clip(row.description), companyName: row.companyName, url: `/events/${eventId}` },
  }
}
