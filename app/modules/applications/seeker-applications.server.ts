import { and, asc, desc, eq } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { applicationDocuments, applicationEvents, applications, documents, listings, organizations, places } from '../../../db/schema'
import { Invalid, NotFound } from '~/utils/errors'
import { accept, type Checked } from '~/utils/form-check'
import { listingPath } from '~/utils/slug'
import { isUuid, type MessageInput, type WithdrawInput } from './applications.schema'
import { employerLink, mailCompany } from './notify.server'
import { isOpenApplication } from './status'
import { loadTimeline } from './timeline.server'
import { recordWithdrawal } from './withdrawal.server'

const summaryColumns = {
  id: applications.id,
  status: applications.status,
  createdAt: applications.createdAt,
  updatedAt: applications.updatedAt,
  coverLetter: applications.coverLetter,
  listingId: listings.id,
  listingTitle: listings.title,
  organizationId: listings.organizationId,
  companyName: organizations.name,
  placeName: places.name,
}

/** One of the seeker's applications; the seeker is in the WHERE clause, so anyone else's is a 404. */
async function findOwn(db: Database, applicationId: string, seekerId: string, opts: { lock?: boolean } = {}) {
  if (!isUuid(applicationId)) throw new NotFound('application')
  const query = db
    .select(summaryColumns)
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(and(eq(applications.id, applicationId), eq(applications.seekerId, seekerId)))
  const [row] = opts.lock ? await query.for('update', { of: applications }) : await query
  if (!row) throw new NotFound('application')
  return row
}

/** The seeker's applications, the latest change first. */
export async function listMyApplications(seekerId: string) {
  const rows = await getDb()
    .select(summaryColumns)
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(eq(applications.seekerId, seekerId))
    .orderBy(desc(applications.updatedAt), desc(applications.createdAt))
  return rows.map(({ coverLetter: _c, organizationId: _o, ...r }) => ({
    ...r,
    listingPath: listingPath(r.listingId, r.listingTitle),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }))
}

/** One application as its seeker sees it: status, what was sent, and the timeline without internal notes. */
export async function getMyApplication(opts: { applicationId: string; seekerId: string }) {
  const db = getDb()
  const { organizationId: _o, ...row } = await findOwn(db, opts.applicationId, opts.seekerId)
  const [timeline, docs] = await Promise.all([
    loadTimeline(db, row.id, 'seeker'),
    db
      .select({ id: documents.id, kind: documents.kind, originalName: documents.originalName })
      .from(applicationDocuments)
      .innerJoin(documents, eq(documents.id, applicationDocuments.documentId))
      .where(eq(applicationDocuments.applicationId, row.id))
      .orderBy(asc(documents.originalName)),
  ])
  return {
    ...row,
    listingPath: listingPath(row.listingId, row.listingTitle),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    documents: docs,
    timeline,
    canWithdraw: isOpenApplication(row.status),
    canMessage: row.status !== 'withdrawn',
  }
}

/** A message to the company; the team is told by mail that there is one, not what it says. */
export async function sendSeekerMessage(opts: { applicationId: string; seekerId: string; input: Checked<MessageInput>; now?: Date }) {
  const now = opts.now ?? new Date()
  await getDb().transaction(async (tx) => {
    // Ownership first: someone else's application is a 404 before any field error could tell it apart.
    const app = await findOwn(tx, opts.applicationId, opts.seekerId, { lock: true })
    const { text } = accept(opts.input)
    if (app.status === 'withdrawn') throw new Invalid({}, 'applications.message.closed')
    await tx.insert(applicationEvents).values({ applicationId: app.id, at: now, actorId: opts.seekerId, kind: 'message', fromSide: 'seeker', text })
    await tx.update(applications).set({ updatedAt: now }).where(and(eq(applications.id, app.id), eq(applications.seekerId, opts.seekerId)))
    await mailCompany(tx, app.organizationId, 'application-message-company', () => ({ title: app.listingTitle, link: employerLink(app.id) }))
  })
}

/** The seeker takes the application back, with an optional reason the company reads. */
export async function withdrawApplication(opts: { applicationId: string; seekerId: string; input: Checked<WithdrawInput>; now?: Date }) {
  const now = opts.now ?? new Date()
  await getDb().transaction(async (tx) => {
    const app = await findOwn(tx, opts.applicationId, opts.seekerId, { lock: true })
    const { reason } = accept(opts.input)
    if (!isOpenApplication(app.status)) throw new Invalid({}, 'applications.withdraw.notOpen')
    await recordWithdrawal(tx, app, { actorId: opts.seekerId, reason, now, template: 'application-withdrawn' })
  })
}
