import { and, eq, inArray, sql } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { applications, listings, retentionNotices } from '../../../db/schema'
import { exportUserData } from './user-data.server'
import { getRetentionConfig } from '../retention/config.server'
import { shiftBy, type RetentionConfig } from '../retention/retention-config'
import { applicationDeletionDate, applicationEndedAt, hasEnded } from './application-retention.server'

/** What the export says about an item's deletion: a date where one is known, and the rule in words. */
interface Deletion {
  deleteOn: string | null
  deletionRule: string
}

const day = (date: Date) => date.toISOString().slice(0, 10)
const earlier = (a: Date, b: Date) => (a < b ? a : b)

/** Ends (and notices) of the person's ended applications, by id. */
async function applicationEnds(ids: string[]) {
  if (ids.length === 0) return new Map<string, { endedAt: Date; noticeAt: Date | null }>()
  const rows = await getDb()
    .select({ id: applications.id, endedAt: applicationEndedAt, noticeAt: retentionNotices.sentAt })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .leftJoin(retentionNotices, and(eq(retentionNotices.kind, 'application-data'), eq(retentionNotices.subjectKey, sql`${applications.id}::text`)))
    .where(and(inArray(applications.id, ids), hasEnded))
  return new Map(rows.map((r) => [r.id, { endedAt: new Date(r.endedAt), noticeAt: r.noticeAt }]))
}

/**
 * The GDPR export with, for each item, when it will be deleted under the retention schedule
 * (docs/retention.md). Nothing is kept longer than the account: a date past the account's own
 * deletion (for inactivity, unless the person signs in) is shown as that date.
 */
export async function exportPersonalData(userId: string, config: RetentionConfig = getRetentionConfig()) {
  const data = await exportUserData(userId)
  const { user } = data
  const accountEnd = user.emailVerifiedAt
    ? shiftBy(shiftBy(user.lastActiveAt, config.inactiveAccount), config.inactiveGrace)
    : shiftBy(user.createdAt, config.unverifiedAccount)
  const withAccount: Deletion = {
    deleteOn: day(accountEnd),
    deletionRule: user.emailVerifiedAt
      ? 'with your account: when you delete it, or after a period without sign-in and a notice (the date assumes you do not sign in again)'
      : 'with your account, which is deleted if the email address is not confirmed',
  }
  const capped = (date: Date, deletionRule: string): Deletion => ({ deleteOn: day(earlier(date, accountEnd)), deletionRule })
  const mark = <T extends object>(items: T[], deletion: (item: T) => Deletion) => items.map((item) => ({ ...item, ...deletion(item) }))

  const ends = await applicationEnds(data.applications.map((a) => a.id))
  const lastContact = new Map<string, Date>()
  for (const item of [...data.counselling.consents.map((c) => ({ chamber: c.chamber, at: c.grantedAt })), ...data.counselling.notes.map((n) => ({ chamber: n.chamber, at: n.createdAt })), ...data.counselling.recommendations.map((r) => ({ chamber: r.chamber, at: r.createdAt }))]) {
    const known = lastContact.get(item.chamber)
    if (!known || item.at > known) lastContact.set(item.chamber, item.at)
  }

  return {
    ...data,
    user: { ...user, ...withAccount },
    memberships: mark(data.memberships, () => withAccount),
    sessions: mark(data.sessions, (s) => capped(s.expiresAt, 'when the session expires')),
    emailLinks: mark(data.emailLinks, (l) => capped(l.usedAt ?? l.expiresAt, 'when the link has been used or has expired')),
    emails: mark(data.emails, (m) => ({
      bodyDeletedOn: day(shiftBy(m.sentAt ?? m.createdAt, config.mailBody)),
      ...capped(shiftBy(m.sentAt ?? m.createdAt, config.mailRecord), 'subject and text after the first period, recipient and time after the second'),
    })),
    activity: mark(data.activity, (a) => capped(shiftBy(a.at, config.auditLog), 'security log: a fixed period after the entry')),
    savedSearches: mark(data.savedSearches, () => withAccount),
    applications: mark(data.applications, (a) => {
      const ended = ends.get(a.id)
      if (!ended) return { deleteOn: null, deletionRule: 'cover letter, messages and document links: a fixed period after the application ends' }
      return capped(applicationDeletionDate(ended.endedAt, config, ended.noticeAt), 'cover letter, messages and document links; the company keeps an anonymous record')
    }),
    invitations: mark(data.invitations, () => withAccount),
    counselling: {
      ...data.counselling,
      consents: mark(data.counselling.consents, () => ({ ...withAccount, deletionRule: 'when you revoke the consent, or with your account' })),
      notes: mark(data.counselling.notes, (n) =>
        capped(shiftBy(lastContact.get(n.chamber) ?? n.createdAt, config.counsellingNotes), 'when you revoke the consent, or a fixed period after the last contact'),
      ),
      recommendations: mark(data.counselling.recommendations, () => ({ ...withAccount, deletionRule: 'when you revoke the consent, or with your account' })),
      referrals: mark(data.counselling.referrals, () => withAccount),
    },
    seekerProfile: data.seekerProfile ? { ...data.seekerProfile, ...withAccount } : null,
    documents: mark(data.documents, () => ({ ...withAccount, deletionRule: 'when you delete the document, or with your account' })),
    bookmarks: mark(data.bookmarks, () => withAccount),
  }
}
