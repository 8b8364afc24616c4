import { eq } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { applicationEvents, applications } from '../../../db/schema'
import { employerLink, mailCompany } from './notify.server'
import type { ApplicationStatus } from '../../../values/applications'

interface Withdrawn {
  id: string
  status: ApplicationStatus
  listingTitle: string
  organizationId: string
}

/**
 * Marks an open application withdrawn, records it in the timeline and tells the company's team.
 * The reason is the seeker's own words and goes only into the timeline, never into a mail.
 */
export async function recordWithdrawal(
  tx: Database,
  app: Withdrawn,
  opts: { actorId: string | null; reason: string; now: Date; template: 'application-withdrawn' | 'application-erased' },
) {
  await tx
    .update(applications)
    .set({ status: 'withdrawn', updatedAt: opts.now, reminderSentAt: null, overdueAt: null })
    .where(eq(applications.id, app.id))
  await tx.insert(applicationEvents).values({
    applicationId: app.id,
    at: opts.now,
    actorId: opts.actorId,
    kind: 'withdrawn',
    fromSide: 'seeker',
    fromStatus: app.status,
    toStatus: 'withdrawn',
    text: opts.reason || null,
  })
  await mailCompany(tx, app.organizationId, opts.template, () => ({ title: app.listingTitle, link: employerLink(app.id) }))
}
