import { getRetentionConfig } from '../retention/config.server'
import type { RetentionConfig } from '../retention/retention-config'
import { deleteInactiveAccounts, deleteUnverifiedAccounts, sendInactivityNotices } from './account-retention.server'
import { anonymiseEndedApplications, sendApplicationNotices } from './application-retention.server'
import { anonymiseClosedListings, forgetReporters, purgeAuditLog, purgeCounsellingNotes, purgeExpiredAccess, trimOutboundMail } from './housekeeping.server'

/**
 * One round of the retention schedule (docs/retention.md) at `now`. Every step is idempotent and
 * safe beside another worker running the same round: deletes and anonymisations find nothing left
 * the second time, and notices are recorded once in the transaction that queues their mail.
 * Notices go before deletions, so a person is told before anything of theirs goes.
 */
export async function runRetention(now: Date = new Date(), config: RetentionConfig = getRetentionConfig()) {
  const applicationNotices = await sendApplicationNotices(now, config)
  const inactivityNotices = await sendInactivityNotices(now, config)
  return {
    applicationNotices,
    inactivityNotices,
    applicationsAnonymised: await anonymiseEndedApplications(now, config),
    unverifiedAccountsDeleted: await deleteUnverifiedAccounts(now, config),
    inactiveAccountsDeleted: await deleteInactiveAccounts(now, config),
    access: await purgeExpiredAccess(now),
    mail: await trimOutboundMail(now, config),
    auditEntriesDeleted: await purgeAuditLog(now, config),
    counsellingNotesDeleted: await purgeCounsellingNotes(now, config),
    listingsAnonymised: await anonymiseClosedListings(now, config),
    reportersForgotten: await forgetReporters(now, config),
  }
}
