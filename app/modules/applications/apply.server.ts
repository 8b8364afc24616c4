import { and, desc, eq, inArray } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { applicationDocuments, applicationEvents, applications, documents, listings, organizations, places, users } from '../../../db/schema'
import { Invalid, NotFound, TooManyRequests } from '~/utils/errors'
import { listingPath } from '~/utils/slug'
import { berlinToday } from '~/utils/calendar-date'
import { hitRateLimit, RATE_LIMITS } from '../security/rate-limit.server'
import { getApplicantFacts } from './applicant-facts.server'
import type { ApplyInput } from './applications.schema'
import { employerLink, mailCompany, mailSeeker, seekerLink } from './notify.server'
import { isListingId } from '../listings/listing-id'

export type ApplyRefusal = 'closed' | 'deadline'

interface ApplyTarget {
  id: number
  title: string
  organizationId: string
  companyName: string
  placeName: string
  status: string
  expiresAt: Date | null
  applicationDeadline: string | null
}

async function findListing(db: Database, listingId: number): Promise<ApplyTarget> {
  if (!isListingId(listingId)) throw new NotFound('listing')
  const [row] = await db
    .select({
      id: listings.id,
      title: listings.title,
      organizationId: listings.organizationId,
      companyName: organizations.name,
      placeName: places.name,
      status: listings.status,
      expiresAt: listings.expiresAt,
      applicationDeadline: listings.applicationDeadline,
    })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(eq(listings.id, listingId))
  // A draft has never been public: nobody can apply to what they cannot have seen.
  if (!row || row.status === 'draft') throw new NotFound('listing')
  return row
}

/** Why nobody can apply any more, or null while the listing takes applications. */
export function applyRefusal(listing: Pick<ApplyTarget, 'status' | 'expiresAt' | 'applicationDeadline'>, now: Date): ApplyRefusal | null {
  if (listing.status !== 'published' || (listing.expiresAt && listing.expiresAt <= now)) return 'closed'
  if (listing.applicationDeadline && listing.applicationDeadline < berlinToday(now)) return 'deadline'
  return null
}

const REFUSAL_MESSAGE = { closed: 'applications.apply.closed', deadline: 'applications.apply.deadlinePassed' } as const

async function existingApplication(db: Database, listingId: number, seekerId: string) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.listingId, listingId), eq(applications.seekerId, seekerId)))
  return row?.id ?? null
}

/** What the apply page shows: the listing, the seeker's earlier application to it, their profile and documents. */
export async function getApplyPage(opts: { listingId: number; seekerId: string; now?: Date }) {
  const db = getDb()
  const now = opts.now ?? new Date()
  const listing = await findListing(db, opts.listingId)
  const [existingId, [user], docs, facts] = await Promise.all([
    existingApplication(db, listing.id, opts.seekerId),
    db.select({ emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, opts.seekerId)),
    db
      .select({ id: documents.id, kind: documents.kind, originalName: documents.originalName, sizeBytes: documents.sizeBytes, createdAt: documents.createdAt })
      .from(documents)
      .where(eq(documents.userId, opts.seekerId))
      .orderBy(desc(documents.createdAt)),
    getApplicantFacts(db, opts.seekerId),
  ])
  return {
    listing: { id: listing.id, title: listing.title, companyName: listing.companyName, placeName: listing.placeName, path: listingPath(listing.id, listing.title) },
    existingId,
    refusal: applyRefusal(listing, now),
    isVerified: Boolean(user?.emailVerifiedAt),
    documents: docs.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    facts,
  }
}

/**
 * Sends an application: one per seeker and listing (a second try returns the first), only to an
 * open listing before its deadline, only from a confirmed address. The seeker gets a confirmation
 * and the company's team a notice, queued in the same transaction.
 */
export async function applyToListing(opts: { listingId: number; seekerId: string; input: ApplyInput; now?: Date }): Promise<{ id: string; isNew: boolean }> {
  const db = getDb()
  const now = opts.now ?? new Date()
  const input = opts.input
  const listing = await findListing(db, opts.listingId)
  const earlier = await existingApplication(db, listing.id, opts.seekerId)
  if (earlier) return { id: earlier, isNew: false }
  const [seeker] = await db.select({ email: users.email, name: users.name, lang: users.lang, emailVerifiedAt: users.emailVerifiedAt, role: users.role }).from(users).where(eq(users.id, opts.seekerId))
  if (!seeker || seeker.role !== 'seeker') throw new NotFound('user')
  if (!seeker.emailVerifiedAt) throw new Invalid({}, 'applications.apply.unverified')
  const refusal = applyRefusal(listing, now)
  if (refusal) throw new Invalid({}, REFUSAL_MESSAGE[refusal])
  const limit = await hitRateLimit(`apply:user:${opts.seekerId}`, RATE_LIMITS.applyPerUser, now)
  if (!limit.allowed) throw new TooManyRequests(limit.retryAfterSeconds)

  const documentIds = [...new Set(input.documentIds)]
  return db.transaction(async (tx) => {
    if (documentIds.length) {
      const own = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.userId, opts.seekerId), inArray(documents.id, documentIds)))
      if (own.length !== documentIds.length) throw new Invalid({ documentIds: 'applications.documents.invalid' })
    }
    const [created] = await tx
      .insert(applications)
      .values({ listingId: listing.id, seekerId: opts.seekerId, coverLetter: input.coverLetter, status: 'received', createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: applications.id })
    // Two submits at once: the other one won, and this one shows it.
    if (!created) return { id: (await existingApplication(tx, listing.id, opts.seekerId))!, isNew: false }
    if (documentIds.length) await tx.insert(applicationDocuments).values(documentIds.map((documentId) => ({ applicationId: created.id, documentId })))
    await tx.insert(applicationEvents).values({ applicationId: created.id, at: now, actorId: opts.seekerId, kind: 'status', fromSide: 'seeker', toStatus: 'received' })
    const about = { title: listing.title, company: listing.companyName }
    await mailSeeker(tx, seeker, 'application-received', () => ({ ...about, link: seekerLink(created.id) }))
    await mailCompany(tx, listing.organizationId, 'application-new', () => ({ ...about, link: employerLink(created.id) }))
    return { id: created.id, isNew: true }
  })
}
