import { eq, inArray, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { listings, occupations, organizations, places, seekerProfiles } from '../../../db/schema'
import { cardColumns, isOpenListing, toListingCard, type ListingSummary } from '../listings/cards.server'
import type { MatchListing, MatchProfile } from './match-types'

export interface SeekerForMatching {
  profile: MatchProfile
  /** The home place as the search's `where` reads it back ("38640 Goslar"); null without a home. */
  homeWhere: string | null
  /** Search words for each wished occupation, its masculine form ("Elektroniker"): titles use it. */
  occupationWords: string[]
}

/** The seeker's profile as the score and the recommendations read it; null when there is none yet. */
export async function loadSeekerForMatching(userId: string, db: Database = getDb()): Promise<SeekerForMatching | null> {
  const [row] = await db
    .select({ profile: seekerProfiles, home: { name: places.name, postalCode: places.postalCode, lat: places.lat, lng: places.lng } })
    .from(seekerProfiles)
    .leftJoin(places, eq(places.id, seekerProfiles.homePlaceId))
    .where(eq(seekerProfiles.userId, userId))
  if (!row) return null
  const { profile } = row
  const home = row.home && profile.homePlaceId ? row.home : null
  const wished = profile.wishedOccupationIds.length
    ? await db
        .select({ id: occupations.id, name: occupations.name, masculine: occupations.nameMasculine, fieldCode: occupations.fieldCode })
        .from(occupations)
        .where(inArray(occupations.id, profile.wishedOccupationIds))
    : []
  return {
    profile: {
      germanLevel: profile.germanLevel,
      certificate: profile.certificate,
      home: home ? { name: home.name, lat: home.lat, lng: home.lng } : null,
      travelKm: profile.travelKm,
      hasDrivingLicence: profile.hasDrivingLicence,
      hasCar: profile.hasCar,
      usesPublicTransportOnly: profile.usesPublicTransportOnly,
      availableFrom: profile.availableFrom,
      wishedOccupationIds: profile.wishedOccupationIds,
      wishedFieldCodes: [...new Set(wished.flatMap((o) => (o.fieldCode ? [o.fieldCode] : [])))],
      wishedOfferTypes: profile.wishedOfferTypes,
      awaitsRecognition: profile.foreignQualifications.some((q) => q.recognition !== 'full'),
      languages: profile.languages,
    },
    homeWhere: home ? `${home.postalCode} ${home.name}` : null,
    occupationWords: wished.map((o) => o.masculine ?? o.name.replace(/\/.*$/, '')),
  }
}

/** A listing as the score reads it, with what its card shows and whether it is open. */
export interface ScorableListing {
  match: MatchListing
  card: ListingSummary
  isOpen: boolean
}

/** Listings by id from Postgres (the source of truth, not the search copy), in no particular order. */
export async function loadScorableListings(ids: number[], db: Database = getDb()): Promise<ScorableListing[]> {
  if (ids.length === 0) return []
  const rows = await db
    .select({
      ...cardColumns,
      scoring: {
        occupationId: listings.occupationId,
        occupationName: occupations.name,
        fieldCode: occupations.fieldCode,
        lat: places.lat,
        lng: places.lng,
        minGerman: listings.minGerman,
        minCertificate: listings.minCertificate,
        needsDrivingLicence: listings.needsDrivingLicence,
        benefits: listings.benefits,
        hasRecognitionSupport: listings.hasRecognitionSupport,
        workplaceLanguages: listings.workplaceLanguages,
        supportsGermanCourse: listings.supportsGermanCourse,
      },
      isOpen: sql<boolean>`${isOpenListing()}`,
    })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(occupations, eq(occupations.id, listings.occupationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(inArray(listings.id, ids))
  return rows.map(({ scoring: { lat, lng, ...scoring }, isOpen, ...card }) => ({
    card: toListingCard(card),
    isOpen,
    match: { ...scoring, offerType: card.offerType, place: { name: card.placeName, lat, lng }, startDate: card.startDate },
  }))
}
