import { and, eq, inArray, not } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { applicationDocuments, applicationEvents, applications, candidateReferrals, listings } from '../../../db/schema'
import { getMyApplication, listMyApplications } from './seeker-applications.server'
import { isOpenApplication } from './status'
import { recordWithdrawal } from './withdrawal.server'

/** The seeker's applications as they see them (timeline without the company's internal notes), for the GDPR export. */
export async function exportApplicationData(userId: string) {
  const list = await listMyApplications(userId)
  const full = await Promise.all(list.map((a) => getMyApplication({ applicationId: a.id, seekerId: userId })))
  return full.map((a) => ({
    id: a.id,
    listing: a.listingTitle,
    company: a.companyName,
    status: a.status,
    createdAt: a.createdAt,
    coverLetter: a.coverLetter,
    documents: a.documents.map((d) => d.originalName),
    timeline: a.timeline.map((e) => ({ at: e.at, kind: e.kind, from: e.fromSide, fromStatus: e.fromStatus, toStatus: e.toStatus, text: e.text })),
  }))
}

/**
 * Before an account is erased: open applications are withdrawn and each company is told (without
 * a name), then every application of the person is reduced to an anonymous record: no link to the
 * person, no cover letter, no documents, no messages or notes, no words in the timeline. What stays
 * is that someone applied and when the status changed, which the company's statistics need.
 */
export async function eraseApplicationData(tx: Database, userId: string, now: Date = new Date()) {
  const mine = await tx
    .select({ id: applications.id, status: applications.status, listingTitle: listings.title, organizationId: listings.organizationId })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .where(eq(applications.seekerId, userId))
    .for('update', { of: applications })
  if (mine.length === 0) return
  for (const app of mine.filter((a) => isOpenApplication(a.status))) {
    await recordWithdrawal(tx, app, { actorId: null, reason: '', now, template: 'application-erased' })
  }
  await anonymiseApplications(tx, mine.map((a) => a.id), { touchedAt: now })
}

/**
 * Reduces applications to anonymous records: no link to the person, no cover letter, no documents,
 * no messages or notes, no words in the timeline, no passing-on that would tie them to the person
 * again. What stays is that someone applied and when the status changed, which the company's
 * statistics need. Idempotent: a second run finds nothing left to remove.
 */
export async function anonymiseApplications(tx: Database, ids: string[], opts: { touchedAt?: Date } = {}) {
  if (ids.length === 0) return
  await tx.delete(applicationEvents).where(and(inArray(applicationEvents.applicationId, ids), inArray(applicationEvents.kind, ['message', 'note'])))
  await tx.update(applicationEvents).set({ text: null }).where(inArray(applicationEvents.applicationId, ids))
  await tx
    .update(applicationEvents)
    .set({ actorId: null })
    .where(and(inArray(applicationEvents.applicationId, ids), not(eq(applicationEvents.fromSide, 'company'))))
  await tx.delete(applicationDocuments).where(inArray(applicationDocuments.applicationId, ids))
  await tx.delete(candidateReferrals).where(inArray(candidateReferrals.applicationId, ids))
  await tx
    .update(applications)
    .set({ seekerId: null, coverLetter: '', ...(opts.touchedAt ? { updatedAt: opts.touchedAt } : {}) })
    .where(inArray(applications.id, ids))
}
