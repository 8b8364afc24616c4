import type { retentionDe } from './retention.de'

export const retentionEn: Record<keyof typeof retentionDe, string> = {
  'retention.days.one': '{n} day',
  'retention.days.other': '{n} days',
  'retention.months.one': '{n} month',
  'retention.months.other': '{n} months',

  'retention.notice.account': 'We keep account data until you delete your account or we delete it for inactivity (see below).',
  'retention.notice.unverified': 'An account whose email address was never confirmed is deleted {unverifiedAccount} after registration.',
  'retention.notice.inactive':
    'If you have not signed in for {inactiveAccount}, we write to you. If you do not sign in again, we delete the account with all its data {inactiveGrace} after that message.',
  'retention.notice.applications':
    'When an application has ended (rejected, withdrawn, or hired and the listing is closed), we delete the cover letter, the messages and the link to your documents {applicationData} later. Until then the company can defend itself against claims under the German General Equal Treatment Act (Art. 6(1)(f) GDPR). You get an email {applicationNotice} before. The company keeps only an anonymous record (dates, status, occupation) for its statistics.',
  'retention.notice.documents': 'The CV and certificates in your profile stay until you delete them or your account is deleted.',
  'retention.notice.counselling':
    'A chamber’s counselling notes about you are deleted as soon as you revoke your consent, and at the latest {counsellingNotes} after the last contact.',
  'retention.notice.emails':
    'We delete the text of the emails we send you {mailBody} after sending. We keep the recipient, the kind of email and the time for {mailRecord} as a record of sending.',
  'retention.notice.signIn': 'Expired sessions, used or expired links from emails and the counters against abuse (with IP addresses) are deleted daily.',
  'retention.notice.audit': 'We keep the security log (who changed what and when, with the account’s identifier only) for {auditLog}.',
  'retention.notice.listings':
    'Closed listings are kept for {closedListing} as the company’s history; then we remove the contact person’s name.',
  'retention.notice.reports':
    'If you report content and give your name or e-mail address, we delete both {reporterContact} after the decision on your report. The report itself stays, without them, for our transparency figures.',
  'retention.notice.views': 'Listing views are counted only as a total per day, without an IP address or any other identifier.',
  'retention.notice.logs': 'Server logs are deleted after 14 days.',
  'retention.notice.legal': 'Statutory retention obligations remain unaffected.',

  'mail.application-data-deletion.subject': 'Your application “{title}”: cover letter and messages will be deleted on {date}',
  'mail.application-data-deletion.body':
    'Your application to {company} for “{title}” has ended. On {date} we delete your cover letter, the messages and the link to your documents. {company} then keeps only an anonymous record for its own statistics. The CV and certificates in your profile stay.\n\nIf you want to keep any of it, download your data under “Account” before then. Your application:',
  'mail.account-inactive.subject': 'Your Passgenau account will be deleted on {date}',
  'mail.account-inactive.body':
    'It has been more than {period} since you last signed in to Passgenau. So that we do not keep your data longer than needed, we will delete your account with all its data on {date}.\n\nIf you want to keep your account, simply sign in before then:',
}
