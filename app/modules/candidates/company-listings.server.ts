import { and, asc, eq } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { listings, places } from '../../../db/schema'
import { isOpenListing } from '../listings/cards.server'
import { loadScorableListings } from '../matching/match-data.server'
import type { MatchListing } from '../matching/match-types'

export interface CompanyListingOption {
  id: number
  title: string
  placeName: string
}

/** The company's published, unexpired listings: what it can invite to and score candidates against. */
export async function listOpenCompanyListings(organizationId: string, db: Database = getDb()): Promise<CompanyListingOption[]> {
  return db
    .select({ id: listings.id, title: listings.title, placeName: places.name })
    .from(listings)
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(and(eq(listings.organizationId, organizationId), isOpenListing()))
    .orderBy(asc(listings.title), asc(listings.id))
}

/** One of those listings as the score reads it; null when it is not an open listing of the company. */
export async function loadCompanyMatchListing(options: CompanyListingOption[], listingId: number, db: Database = getDb()): Promise<MatchListing | null> {
  if (!options.some((o) => o.id === listingId)) return null
  const [listing] = await loadScorableListings([listingId], db)
  return listing?.isOpen ? listing.match : null
}
