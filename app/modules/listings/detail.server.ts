import { and, desc, eq, ne, or, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { listings, occupationFields, occupations, organizations, places, type Listing, type Organization } from '../../../db/schema'
import { NotFound } from '~/utils/errors'
import { memberOfSql } from '../badges/badges.server'
import { distanceKm, roundDistanceKm } from '~/utils/geo'
import { listingPath } from '~/utils/slug'
import { cardColumns, distanceKmSql, isOpenListing, toListingCard, type ListingSummary } from './cards.server'
import type { JobPostingSource } from './json-ld'
import { resolvePlace } from '../search/place.server'
import { renderMarkdown } from './markdown.server'
import { isListingId } from './listing-id'
import { placeColumns } from '../reference/place-columns.server'

export const SIMILAR_LIMIT = 6

/** Everything the listing page and the API show of an open listing; nothing else of the row. */
export interface PublicListing extends JobPostingSource {
  workingTime: Listing['workingTime']
  minGerman: Listing['minGerman']
  needsDrivingLicence: boolean
  benefits: Listing['benefits']
  isSuitableForRefugees: boolean
  hasRecognitionSupport: boolean
  workplaceLanguages: Listing['workplaceLanguages']
  supportsGermanCourse: boolean
  contactName: string | null
  updatedAt: string
  occupation: JobPostingSource['occupation'] & {
    durationMonths: number | null
    isCrafts: boolean
    fieldTitle: string | null
  }
  place: JobPostingSource['place'] & { district: string; districtCode: string; stateCode: string }
  company: JobPostingSource['company'] & {
    slug: string
    sector: Organization['sector']
    sizeBand: Organization['sizeBand']
    isVerified: boolean
    isTrainingCompany: boolean
    /** Chambers that verified the company's membership, for "Mitgliedsbetrieb der …". */
    memberOf: string[]
  }
}

/** A closed or expired listing: enough to say what it was, nothing more. */
export interface GoneListing {
  id: number
  title: string
  offerType: Listing['offerType']
  companyName: string
  placeName: string
}

export type PublicListingResult =
  | { gone: false; listing: PublicListing }
  | { gone: true; listing: GoneListing; similar: ListingSummary[] }

function loadRow(db: Database, id: number) {
  return db
    .select({
      listing: listings,
      company: {
        name: organizations.name,
        slug: organizations.slug,
        sector: organizations.sector,
        sizeBand: organizations.sizeBand,
        website: organizations.website,
        isVerified: organizations.isVerified,
        isTrainingCompany: organizations.isTrainingCompany,
        memberOf: memberOfSql(organizations.id),
      },
      occupation: {
        name: occupations.name,
        iscoGroup: occupations.iscoGroup,
        fieldCode: occupations.fieldCode,
        durationMonths: occupations.durationMonths,
        isCrafts: occupations.isCrafts,
      },
      fieldTitle: occupationFields.title,
      place: { ...placeColumns, stateCode: places.stateCode },
      isOpen: sql<boolean>`${isOpenListing()}`,
    })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(occupations, eq(occupations.id, listings.occupationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .leftJoin(occupationFields, eq(occupationFields.code, occupations.fieldCode))
    .where(eq(listings.id, id))
    .then((rows) => rows[0])
}

const iso = (value: Date | null) => (value ? value.toISOString() : null)

/**
 * The public view of a listing. Unknown ids and drafts are NotFound (a draft has never been
 * public); closed and expired listings, and published ones past their expiry, come back as gone
 * with similar open listings.
 */
export async function getPublicListing(id: number, db: Database = getDb()): Promise<PublicListingResult> {
  if (!isListingId(id)) throw new NotFound('listing')
  const row = await loadRow(db, id)
  if (!row) throw new NotFound('listing')
  const { listing, company, occupation, place } = row
  if (listing.status === 'draft' || !listing.publishedAt) throw new NotFound('listing')
  if (!row.isOpen) {
    const similar = await getSimilarListings(
      { id, occupationId: listing.occupationId, fieldCode: occupation.fieldCode, lat: place.lat, lng: place.lng },
      SIMILAR_LIMIT,
      db,
    )
    return {
      gone: true,
      listing: { id, title: listing.title, offerType: listing.offerType, companyName: company.name, placeName: place.name },
      similar,
    }
  }
  return {
    gone: false,
    listing: {
      id,
      path: listingPath(id, listing.title),
      title: listing.title,
      descriptionHtml: renderMarkdown(listing.description),
      offerType: listing.offerType,
      workingTime: listing.workingTime,
      startDate: listing.startDate,
      placesCount: listing.placesCount,
      pay: {
        payPeriod: listing.payPeriod,
        payMin: listing.payMin,
        payMax: listing.payMax,
        trainingAllowances: listing.trainingAllowances?.length ? listing.trainingAllowances : null,
      },
      minCertificate: listing.minCertificate,
      minGerman: listing.minGerman,
      needsDrivingLicence: listing.needsDrivingLicence,
      benefits: listing.benefits,
      isSuitableForRefugees: listing.isSuitableForRefugees,
      hasRecognitionSupport: listing.hasRecognitionSupport,
      workplaceLanguages: listing.workplaceLanguages,
      supportsGermanCourse: listing.supportsGermanCourse,
      applicationDeadline: listing.applicationDeadline,
      contactName: listing.contactName,
      publishedAt: listing.publishedAt.toISOString(),
      expiresAt: iso(listing.expiresAt),
      updatedAt: listing.updatedAt.toISOString(),
      occupation: { ...occupation, fieldTitle: row.fieldTitle },
      place,
      company: {
        name: company.name,
        slug: company.slug,
        sector: company.sector,
        sizeBand: company.sizeBand,
        website: company.website,
        isVerified: company.isVerified,
        isTrainingCompany: company.isTrainingCompany,
        memberOf: company.memberOf,
      },
    },
  }
}

export interface SimilarTo {
  id: number
  occupationId: number
  fieldCode: string | null
  lat: number
  lng: number
}

/** Open listings of the same occupation first, then of the same occupation field, nearest first. */
export async function getSimilarListings(to: SimilarTo, limit = SIMILAR_LIMIT, db: Database = getDb()): Promise<ListingSummary[]> {
  const sameOccupation = eq(listings.occupationId, to.occupationId)
  const rows = await db
    .select(cardColumns)
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(occupations, eq(occupations.id, listings.occupationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(and(isOpenListing(), ne(listings.id, to.id), to.fieldCode ? or(sameOccupation, eq(occupations.fieldCode, to.fieldCode)) : sameOccupation))
    .orderBy(sql`${sameOccupation} desc`, distanceKmSql(to.lat, to.lng), desc(listings.publishedAt), desc(listings.id))
    .limit(limit)
  return rows.map(toListingCard)
}

/**
 * How far the listing is from the place a seeker searched around (`?where=` carried over from
 * /jobs), resolved the way the search resolves it. Null when the place is unknown.
 */
export async function distanceFromSearchedPlace(
  where: string,
  to: { lat: number; lng: number },
  db: Database = getDb(),
): Promise<{ km: number; from: string } | null> {
  const place = where.trim() && where.length <= 100 ? await resolvePlace(where, db) : null
  return place ? { km: roundDistanceKm(distanceKm(place, to)), from: place.name } : null
}
