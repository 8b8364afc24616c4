import { and, asc, count, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { isFeaturedSql, memberOfSql } from '../badges/badges.server'
import { listings, occupationFields, occupations, organizations, places, searchOutbox } from '../../../db/schema'
import type { ReindexSource } from '../../../search/reindex'
import type { SynonymOccupation } from '../../../search/synonyms'
import type { OutboxFailure, OutboxRow, OutboxStore } from '../../../search/sync'
import { placeColumns } from '../reference/place-columns.server'

/**
 * How long a claimed row stays invisible to other workers. Longer than one drain can take
 * (two Meilisearch tasks of at most a minute each); after a crash the rows come back by themselves.
 */
const LEASE = sql`now() + interval '3 minutes'`

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Call inside the transaction of every write that changes what search shows for these listings. */
export async function enqueueListingSync(tx: Database, listingIds: number[]): Promise<void> {
  const ids = [...new Set(listingIds)]
  if (ids.length === 0) return
  await tx.insert(searchOutbox).values(ids.map((id) => ({ entity: 'listing' as const, entityId: String(id) })))
}

/** For changes to a company that its listings' documents show (name, slug, verification). */
export async function enqueueOrganizationSync(tx: Database, organizationIds: string[]): Promise<void> {
  const ids = [...new Set(organizationIds)]
  if (ids.length === 0) return
  await tx.insert(searchOutbox).values(ids.map((id) => ({ entity: 'organization' as const, entityId: id })))
}

/** Built per query: whether a listing is featured depends on the day the query runs. */
const sourceColumns = () => ({
  listing: listings,
  organization: { id: organizations.id, name: organizations.name, slug: organizations.slug, isVerified: organizations.isVerified },
  place: placeColumns,
  occupation: {
    id: occupations.id,
    name: occupations.name,
    labels: occupations.labels,
    fieldCode: occupations.fieldCode,
    isCrafts: occupations.isCrafts,
  },
  field: { code: occupationFields.code, title: occupationFields.title },
  memberOf: memberOfSql(organizations.id),
  isFeatured: isFeaturedSql(listings.id),
})

const isSearchable = and(eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, sql`now()`)))

function selectSources(db: Database) {
  return db
    .select(sourceColumns())
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .innerJoin(occupations, eq(occupations.id, listings.occupationId))
    .leftJoin(occupationFields, eq(occupationFields.code, occupations.fieldCode))
}

export function createOutboxStore(db: Database): OutboxStore {
  return {
    async claimDue(limit) {
      // One statement: the inner SELECT locks due rows, skipping rows another worker holds, and the
      // UPDATE leases them. Works the same on postgres.js and PGlite.
      const due = db
        .select({ id: searchOutbox.id })
        .from(searchOutbox)
        .where(and(isNull(searchOutbox.processedAt), lte(searchOutbox.nextAttemptAt, sql`now()`)))
        .orderBy(asc(searchOutbox.id))
        .limit(limit)
        .for('update', { skipLocked: true })
      const rows: OutboxRow[] = await db
        .update(searchOutbox)
        .set({ nextAttemptAt: LEASE })
        .where(inArray(searchOutbox.id, due))
        .returning({ id: searchOutbox.id, entity: searchOutbox.entity, entityId: searchOutbox.entityId, attempts: searchOutbox.attempts })
      return rows.sort((a, b) => a.id - b.id)
    },

    async loadListings(ids) {
      if (ids.length === 0) return []
      return (await selectSources(db).where(and(inArray(listings.id, ids), isSearchable)))
    },

    async listingIdsOfOrganizations(organizationIds) {
      const ids = organizationIds.filter((id) => UUID.test(id))
      if (ids.length === 0) return []
      const rows = await db.select({ id: listings.id }).from(listings).where(inArray(listings.organizationId, ids))
      return rows.map((r) => r.id)
    },

    async markProcessed(ids) {
      if (ids.length === 0) return
      await db.update(searchOutbox).set({ processedAt: sql`now()`, lastError: null }).where(inArray(searchOutbox.id, ids))
    },

    async markFailed(failures: OutboxFailure[], error: string) {
      // Rows of one batch usually share their next attempt; one UPDATE per distinct time.
      const byTime = new Map<number, number[]>()
      for (const f of failures) byTime.set(f.nextAttemptAt.getTime(), [...(byTime.get(f.nextAttemptAt.getTime()) ?? []), f.id])
      for (const [time, ids] of byTime) {
        await db
          .update(searchOutbox)
          .set({ attempts: sql`${searchOutbox.attempts} + 1`, lastError: error, nextAttemptAt: new Date(time) })
          .where(inArray(searchOutbox.id, ids))
      }
    },

    async retryWaitingNow() {
      await db
        .update(searchOutbox)
        .set({ nextAttemptAt: sql`now()` })
        .where(and(isNull(searchOutbox.processedAt), gt(searchOutbox.attempts, 0), gt(searchOutbox.nextAttemptAt, sql`now()`)))
    },
  }
}

export function createReindexSource(db: Database): ReindexSource {
  return {
    async countPublished() {
      const [row] = await db.select({ n: count() }).from(listings).where(isSearchable)
      return Number(row?.n ?? 0)
    },

    async pagePublished(afterId, limit) {
      return (await selectSources(db)
        .where(and(gt(listings.id, afterId), isSearchable))
        .orderBy(asc(listings.id))
        .limit(limit))
    },

    async requeueProcessedSince(since) {
      const rows = await db
        .update(searchOutbox)
        .set({ processedAt: null, nextAttemptAt: sql`now()` })
        .where(gte(searchOutbox.processedAt, since))
        .returning({ id: searchOutbox.id })
      return rows.length
    },
  }
}

/** Training occupations and every occupation a listing uses: the gender pairs worth a synonym. */
export async function loadSynonymSource(db: Database): Promise<SynonymOccupation[]> {
  const used = db.selectDistinct({ id: listings.occupationId }).from(listings)
  return db
    .select({ name: occupations.name, nameMasculine: occupations.nameMasculine, nameFeminine: occupations.nameFeminine })
    .from(occupations)
    .where(or(eq(occupations.kind, 'training'), inArray(occupations.id, used)))
    .orderBy(asc(occupations.id))
}

/** Processed rows are history only; the worker trims them so the outbox table stays small. */
export async function purgeProcessedOutbox(db: Database, olderThan: Date): Promise<number> {
  const rows = await db.delete(searchOutbox).where(lt(searchOutbox.processedAt, olderThan)).returning({ id: searchOutbox.id })
  return rows.length
}
