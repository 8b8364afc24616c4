import { getDb } from '../../../db/client'
import { contentReports } from '../../../db/schema'
import type { Lang } from '~/i18n'
import { TooManyRequests } from '~/utils/errors'
import { queueMail } from '../mail/mail.server'
import { hitRateLimit, type RateLimitRule } from '../security/rate-limit.server'
import type { ReportInput, ReportTargetInput } from './moderation.schema'
import { snapshotCompany, snapshotEvent, snapshotListing, type Snapshotted } from '../risk/snapshots.server'
import { reporterName } from './mails.server'

/** Anyone may report without an account; per address twenty an hour keep floods out (schools and offices share one). */
export const REPORTS_PER_IP: RateLimitRule = { limit: 20, windowMs: 60 * 60_000 }

function snapshotOf(target: ReportTargetInput): Promise<Snapshotted> {
  const db = getDb()
  if (target.kind === 'listing') return snapshotListing(db, Number(target.id), { publicOnly: true })
  if (target.kind === 'company') return snapshotCompany(db, { slug: target.id })
  return snapshotEvent(db, target.id)
}

/** The title of what is being reported, for the form's heading; NotFound for anything unknown. */
export async function describeReportTarget(target: ReportTargetInput) {
  const { snapshot } = await snapshotOf(target)
  return { kind: snapshot.kind, title: snapshot.title, companyName: snapshot.companyName, url: snapshot.url }
}

/**
 * A notice under DSA Art. 16. Stores what the content said at this moment, confirms receipt to the
 * reporter (if they left an address) and puts the case in the moderation queue.
 */
export async function submitReport(opts: { target: ReportTargetInput; input: ReportInput; ip: string; lang: Lang; now?: Date }) {
  const now = opts.now ?? new Date()
  const limit = await hitRateLimit(`report:ip:${opts.ip}`, REPORTS_PER_IP, now)
  if (!limit.allowed) throw new TooManyRequests(limit.retryAfterSeconds)
  const subject = await snapshotOf(opts.target)
  const { input } = opts
  await getDb().transaction(async (tx) => {
    await tx.insert(contentReports).values({
      source: 'notice',
      reason: input.reason,
      explanation: input.explanation,
      organizationId: subject.organizationId,
      listingId: subject.listingId,
      eventId: subject.eventId,
      snapshot: subject.snapshot,
      reporterName: input.name,
      reporterEmail: input.email,
      reporterLang: opts.lang,
      createdAt: now,
    })
    if (input.email) {
      const params = { name: reporterName(opts.lang, input.name), title: subject.snapshot.title }
      await queueMail({ to: input.email, template: 'report-received', lang: opts.lang, params }, tx)
    }
  })
}
