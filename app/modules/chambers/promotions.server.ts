import { and, asc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { chamberMemberships, listingPromotions, listings, organizations } from '../../../db/schema'
import { Conflict, Invalid, NotFound } from '~/utils/errors'
import { listingPath } from '~/utils/slug'
import { isOpenListing } from '../listings/cards.server'
import { addDays, berlinToday } from '~/utils/calendar-date'
import { enqueueListingSync } from '../search/outbox-store.server'
import { recordAudit } from '../security/audit.server'
import { periodDays, PROMOTION_MAX_LEAD_DAYS, type PromotionInput } from './membership.schema'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Open listings of the chamber's verified members: what its staff may feature. */
export async function listPromotionCandidates(chamberId: string, db: Database = getDb()) {
  return db
    .select({ id: listings.id, title: listings.title, companyName: organizations.name })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(chamberMemberships, and(eq(chamberMemberships.companyId, listings.organizationId), eq(chamberMemberships.chamberId, chamberId)))
    .where(and(eq(chamberMemberships.status, 'verified'), isOpenListing()))
    .orderBy(asc(organizations.name), asc(listings.title), asc(listings.id))
}

export interface ChamberPromotion {
  id: string
  listingId: number
  listingTitle: string
  listingPath: string
  companyName: string
  startsOn: string
  endsOn: string
  isCurrent: boolean
}

/** The chamber's promotions that run today or start later, soonest first. */
export async function listChamberPromotions(chamberId: string, now: Date = new Date(), db: Database = getDb()): Promise<ChamberPromotion[]> {
  const today = berlinToday(now)
  const rows = await db
    .select({
      id: listingPromotions.id,
      listingId: listings.id,
      listingTitle: listings.title,
      companyName: organizations.name,
      startsOn: listingPromotions.startsOn,
      endsOn: listingPromotions.endsOn,
    })
    .from(listingPromotions)
    .innerJoin(listings, eq(listings.id, listingPromotions.listingId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(and(eq(listingPromotions.chamberId, chamberId), gte(listingPromotions.endsOn, today)))
    .orderBy(asc(listingPromotions.startsOn), asc(organizations.name), asc(listingPromotions.id))
  return rows.map((row) => ({ ...row, listingPath: listingPath(row.listingId, row.listingTitle), isCurrent: row.startsOn <= today }))
}

/**
 * Features an open listing of one of the chamber's verified members for a period that starts today
 * at the earliest. Another chamber's member, a closed listing or an unknown id are all NotFound.
 */
export async function featureListing(input: { chamberId: string; actorId: string; now?: Date } & PromotionInput): Promise<string> {
  const today = berlinToday(input.now)
  return getDb().transaction(async (tx) => {
    // Shares the membership row's lock: a revocation running meanwhile waits, and then ends this promotion too.
    const [listing] = await tx
      .select({ id: listings.id })
      .from(listings)
      .innerJoin(chamberMemberships, and(eq(chamberMemberships.companyId, listings.organizationId), eq(chamberMemberships.chamberId, input.chamberId)))
      .where(and(eq(listings.id, input.listingId), eq(chamberMemberships.status, 'verified'), isOpenListing()))
      .for('share', { of: chamberMemberships })
    if (!listing) throw new NotFound('listing')
    if (input.startsOn < today || input.startsOn > addDays(today, PROMOTION_MAX_LEAD_DAYS)) throw new Invalid({ startsOn: 'chambers.error.startsOn' })
    const [overlap] = await tx
      .select({ id: listingPromotions.id })
      .from(listingPromotions)
      .where(
        and(
          eq(listingPromotions.listingId, input.listingId),
          eq(listingPromotions.chamberId, input.chamberId),
          lte(listingPromotions.startsOn, input.endsOn),
          gte(listingPromotions.endsOn, input.startsOn),
        ),
      )
    if (overlap) throw new Conflict({ startsOn: 'chambers.error.overlap' })
    const [created] = await tx
      .insert(listingPromotions)
      .values({ listingId: input.listingId, chamberId: input.chamberId, startsOn: input.startsOn, endsOn: input.endsOn, createdBy: input.actorId })
      .returning({ id: listingPromotions.id })
    // A later start reaches search through the daily promotion sync.
    if (input.startsOn === today) await enqueueListingSync(tx, [input.listingId])
    const meta = { listingId: input.listingId, days: periodDays(input.startsOn, input.endsOn) }
    await recordAudit({ actorId: input.actorId, action: 'chamber.listing-featured', targetType: 'chamber', targetId: input.chamberId, meta }, tx)
    return created.id
  })
}

/**
 * Ends a running promotion today (it stays in the history up to yesterday) or cancels one that has
 * not been shown yet. Only the chamber's own promotions that have not ended.
 */
export async function endPromotion(input: { chamberId: string; actorId: string; promotionId: string; now?: Date }) {
  if (!UUID.test(input.promotionId)) throw new NotFound('promotion')
  const today = berlinToday(input.now)
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ listingId: listingPromotions.listingId })
      .from(listingPromotions)
      .where(and(eq(listingPromotions.id, input.promotionId), eq(listingPromotions.chamberId, input.chamberId), gte(listingPromotions.endsOn, today)))
      .for('update')
    if (!row) throw new NotFound('promotion')
    const touched = await cutPromotions(tx, eq(listingPromotions.id, input.promotionId), today)
    await enqueueListingSync(tx, touched)
    const meta = { listingId: row.listingId }
    await recordAudit({ actorId: input.actorId, action: 'chamber.promotion-ended', targetType: 'chamber', targetId: input.chamberId, meta }, tx)
  })
}

/** When a membership is revoked, the chamber's promotions of that company's listings end with it. */
export async function endPromotionsOfCompany(tx: Database, input: { chamberId: string; companyId: string; today: string }): Promise<number[]> {
  const ofCompany = sql`${listingPromotions.listingId} in (select id from listings where organization_id = ${input.companyId})`
  return cutPromotions(tx, and(eq(listingPromotions.chamberId, input.chamberId), ofCompany, gte(listingPromotions.endsOn, input.today))!, input.today)
}

/** Running promotions end yesterday; those that start today or later are removed. Returns the listings touched. */
async function cutPromotions(tx: Database, which: SQL, today: string): Promise<number[]> {
  const ended = await tx
    .update(listingPromotions)
    .set({ endsOn: addDays(today, -1) })
    .where(and(which, lt(listingPromotions.startsOn, today)))
    .returning({ listingId: listingPromotions.listingId })
  const removed = await tx
    .delete(listingPromotions)
    .where(and(which, gte(listingPromotions.startsOn, today)))
    .returning({ listingId: listingPromotions.listingId })
  return [...new Set([...ended, ...removed].map((r) => r.listingId))]
}
