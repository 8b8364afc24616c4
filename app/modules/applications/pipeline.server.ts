import { and, asc, count, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm'
import { translate } from '~/i18n'
import { getDb } from '../../../db/client'
import { applicationDocuments, applications, documents, listings, users } from '../../../db/schema'
import { NotFound } from '~/utils/errors'
import { findOwnListing } from '../listings/listing-rules.server'
import { readUpload } from '../uploads/storage.server'
import { getApplicantFacts } from './applicant-facts.server'
import { isUuid } from './applications.schema'
import { findCompanyApplication, type CompanyScope } from './company-scope.server'
import { companyTargets, WAITING_STATUSES } from './status'
import { loadTimeline } from './timeline.server'
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../values/applications'

export interface PipelineItem {
  id: string
  status: ApplicationStatus
  createdAt: string
  listingId: number
  listingTitle: string
  /** Null once the applicant erased their account. */
  applicantName: string | null
  isOverdue: boolean
  hasReply: boolean
}

const DAY_MS = 86_400_000

/**
 * The company's applications, newest first: of one listing (404 if it is not the company's), or
 * all of them, optionally only the overdue ones. The company is in every WHERE clause.
 */
export async function listCompanyApplications(opts: { organizationId: string; listingId?: number; onlyOverdue?: boolean }) {
  const db = getDb()
  const listing = opts.listingId === undefined ? null : await findOwnListing(db, { organizationId: opts.organizationId, listingId: opts.listingId })
  const scope: SQL[] = [eq(listings.organizationId, opts.organizationId)]
  if (listing) scope.push(eq(applications.listingId, listing.id))
  const overdue = and(isNotNull(applications.overdueAt), inArray(applications.status, [...WAITING_STATUSES]))!
  const rows = await db
    .select({
      id: applications.id,
      status: applications.status,
      createdAt: applications.createdAt,
      listingId: listings.id,
      listingTitle: listings.title,
      applicantName: users.name,
      overdueAt: applications.overdueAt,
      firstReplyAt: applications.firstReplyAt,
    })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .leftJoin(users, eq(users.id, applications.seekerId))
    .where(and(...scope, opts.onlyOverdue ? overdue : undefined))
    .orderBy(desc(applications.createdAt), asc(applications.id))
  const grouped = await db
    .select({ status: applications.status, n: count() })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .where(and(...scope))
    .groupBy(applications.status)
  const counts = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>
  for (const g of grouped) counts[g.status] = Number(g.n)
  const items: PipelineItem[] = rows.map((r) => ({
    id: r.id,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    listingId: r.listingId,
    listingTitle: r.listingTitle,
    applicantName: r.applicantName,
    isOverdue: r.overdueAt !== null && (WAITING_STATUSES as readonly string[]).includes(r.status),
    hasReply: r.firstReplyAt !== null,
  }))
  return { listing: listing ? { id: listing.id, title: listing.title, status: listing.status } : null, items, counts }
}

/** One application with what the applicant shared: profile facts, documents, cover letter, and the whole timeline. */
export async function getApplicationForEmployer(scope: CompanyScope, now: Date = new Date()) {
  const db = getDb()
  const app = await findCompanyApplication(db, scope)
  const [facts, docs, timeline] = await Promise.all([
    app.seekerId ? getApplicantFacts(db, app.seekerId) : null,
    db
      .select({ id: documents.id, kind: documents.kind, originalName: documents.originalName, sizeBytes: documents.sizeBytes })
      .from(applicationDocuments)
      .innerJoin(documents, eq(documents.id, applicationDocuments.documentId))
      .where(eq(applicationDocuments.applicationId, app.id))
      .orderBy(asc(documents.originalName)),
    loadTimeline(db, app.id, 'company'),
  ])
  const waitingSince = app.lastCompanyActionAt ?? app.createdAt
  const seekerLang = app.seeker?.lang ?? 'de'
  return {
    id: app.id,
    status: app.status,
    createdAt: app.createdAt.toISOString(),
    coverLetter: app.coverLetter,
    listingId: app.listingId,
    listingTitle: app.listingTitle,
    applicant: app.seeker ? { name: app.seeker.name, email: app.seeker.email } : null,
    facts,
    documents: docs,
    timeline,
    targets: app.seeker ? companyTargets(app.status) : [],
    isOverdue: app.overdueAt !== null && (WAITING_STATUSES as readonly string[]).includes(app.status),
    daysWaiting: Math.floor((now.getTime() - waitingSince.getTime()) / DAY_MS),
    seekerLang,
    // Offered in the applicant's language, since it is sent to them; the team may change every word.
    rejectionTemplate: translate(seekerLang, 'applications.reject.template', { title: app.listingTitle, company: app.companyName }),
  }
}

/**
 * A document the applicant attached to this application, for a member of the company applied to.
 * Company, application and attachment are all in the WHERE clause: any other document is a 404.
 */
export async function getApplicationDocumentForEmployer(scope: CompanyScope & { documentId: string }) {
  if (!isUuid(scope.applicationId) || !isUuid(scope.documentId)) throw new NotFound('document')
  const [row] = await getDb()
    .select({ storageKey: documents.storageKey, originalName: documents.originalName, contentType: documents.contentType })
    .from(applicationDocuments)
    .innerJoin(documents, eq(documents.id, applicationDocuments.documentId))
    .innerJoin(applications, eq(applications.id, applicationDocuments.applicationId))
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .where(
      and(
        eq(applicationDocuments.applicationId, scope.applicationId),
        eq(applicationDocuments.documentId, scope.documentId),
        eq(listings.organizationId, scope.organizationId),
      ),
    )
  if (!row) throw new NotFound('document')
  const stored = await readUpload(row.storageKey)
  // The bytes are judged again: a file that changed on disk is never served under the stored type.
  if (!stored || stored.contentType !== row.contentType) throw new NotFound('document')
  return { bytes: stored.bytes, contentType: stored.contentType, fileName: row.originalName }
}
