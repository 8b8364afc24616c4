import { and, desc, eq, sql } from 'drizzle-orm'
import { NotFound } from '~/utils/errors'
import { getDb, type Database } from '../../../db/client'
import { invitations, listings, places, seekerProfiles, users } from '../../../db/schema'
import { candidatePseudonyms, resolveCandidate } from './candidate-id.server'
import { candidateColumns, loadWishedOccupations, scoreCandidate, toCandidateSummary, type CandidateSummary } from './candidate-view.server'
import { listOpenCompanyListings, loadCompanyMatchListing, type CompanyListingOption } from './company-listings.server'
import { hasAcceptedInvitationOf, isFindableBy, isReferredTo, isVisibleTo } from './visibility.server'
import type { InvitationStatus } from '../../../values/employer-tools'

export interface CompanyInvitation {
  id: string
  listingId: number
  listingTitle: string
  status: InvitationStatus
  message: string
  createdAt: string
  answeredAt: string | null
}

export interface CandidatePage {
  candidate: CandidateSummary
  /** Name and e-mail, once the person accepted one of this company's invitations; null before. */
  contact: { name: string; email: string } | null
  /** Findable or passed on: the company may invite (someone who opted out stays visible only to those they accepted). */
  canInvite: boolean
  invitations: CompanyInvitation[]
  /** The company's open listings, each with this person's invitation to it if there is one. */
  listings: Array<CompanyListingOption & { invitationId: string | null }>
  /** The listing the page scores against (`?listing=`), when it is one of the company's open listings. */
  listingId: number | null
}

/**
 * One candidate as the company sees them: anonymised, and with name and e-mail only after they
 * accepted one of its invitations. Someone who is neither findable, passed on, nor met through an
 * accepted invitation is a 404, like an id that means nobody.
 */
export async function getCandidateForCompany(input: { organizationId: string; candidateId: string; listingId?: number | null; now?: Date; db?: Database }): Promise<CandidatePage> {
  const { organizationId, now = new Date(), db = getDb() } = input
  const userId = await resolveCandidate(organizationId, input.candidateId, db)
  const accepted = hasAcceptedInvitationOf(organizationId)
  const [row] = await db
    .select({
      ...candidateColumns,
      isReferred: sql<boolean>`${isReferredTo(organizationId)}`,
      canInvite: sql<boolean>`${isFindableBy(organizationId)}`,
      // Name and address leave the database only for a company the person accepted.
      contactName: sql<string | null>`case when ${accepted} then ${users.name} end`,
      contactEmail: sql<string | null>`case when ${accepted} then ${users.email} end`,
    })
    .from(users)
    .leftJoin(seekerProfiles, eq(seekerProfiles.userId, users.id))
    .leftJoin(places, eq(places.id, seekerProfiles.homePlaceId))
    .where(and(eq(users.id, userId), isVisibleTo(organizationId)))
  if (!row) throw new NotFound('candidate')

  const [options, sent, names, pseudonyms] = await Promise.all([
    listOpenCompanyListings(organizationId, db),
    listInvitationsOfCompanyTo(organizationId, userId, db),
    loadWishedOccupations(db, [row]),
    candidatePseudonyms(organizationId, db),
  ])
  const listing = input.listingId ? await loadCompanyMatchListing(options, input.listingId, db) : null
  const match = listing ? scoreCandidate(row, names, listing, now) : null
  const invitedTo = new Map(sent.map((i) => [i.listingId, i.id]))
  return {
    candidate: toCandidateSummary(row, { pseudonyms, names, match, distanceKm: null }),
    contact: row.contactName !== null && row.contactEmail !== null ? { name: row.contactName, email: row.contactEmail } : null,
    canInvite: row.canInvite,
    invitations: sent,
    listings: options.map((o) => ({ ...o, invitationId: invitedTo.get(o.id) ?? null })),
    listingId: listing ? input.listingId! : null,
  }
}

async function listInvitationsOfCompanyTo(organizationId: string, seekerId: string, db: Database): Promise<CompanyInvitation[]> {
  const rows = await db
    .select({
      id: invitations.id,
      listingId: invitations.listingId,
      listingTitle: listings.title,
      status: invitations.status,
      message: invitations.message,
      createdAt: invitations.createdAt,
      answeredAt: invitations.answeredAt,
    })
    .from(invitations)
    .innerJoin(listings, eq(listings.id, invitations.listingId))
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.seekerId, seekerId)))
    .orderBy(desc(invitations.createdAt))
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), answeredAt: r.answeredAt?.toISOString() ?? null }))
}
