import { and, desc, eq } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { counsellingRecommendations, listings, organizations } from '../../../db/schema'
import { isOpenListing } from '../listings/cards.server'

export interface PickRow {
  listingId: number
  chamberName: string
  note: string
  recommendedAt: Date
}

/**
 * Listings chambers recommended to the seeker that are still open, newest first. The rows hang on
 * the consent, so a revoked consent has taken its recommendations with it.
 */
export function loadPickRows(seekerId: string, db: Database): Promise<PickRow[]> {
  return db
    .select({
      listingId: counsellingRecommendations.listingId,
      chamberName: organizations.name,
      note: counsellingRecommendations.note,
      recommendedAt: counsellingRecommendations.createdAt,
    })
    .from(counsellingRecommendations)
    .innerJoin(organizations, eq(organizations.id, counsellingRecommendations.chamberId))
    .innerJoin(listings, eq(listings.id, counsellingRecommendations.listingId))
    .where(and(eq(counsellingRecommendations.seekerId, seekerId), isOpenListing()))
    .orderBy(desc(counsellingRecommendations.createdAt))
}
