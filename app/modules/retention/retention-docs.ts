import { RETENTION_RULES, type RetentionConfig, type RetentionRule } from './retention-config'
import { formatPeriod } from './retention-text'

interface Row {
  /** A table, or the uploads directory. */
  store: string
  data: string
  purpose: string
  kept: string
  then: string
}

const ACCOUNT = 'with the account (deletion by the person, or the unverified / inactive rule)'

/** Every table and the uploads directory, with the periods of `config` (the defaults for docs/retention.md). */
export function retentionRows(config: RetentionConfig): Row[] {
  const p = (rule: RetentionRule) => `${formatPeriod('en', config[rule])} (\`${RETENTION_RULES[rule].env}\`)`
  return [
    { store: 'users', data: 'name, e-mail, password hash, role, language, sign-in and activity times', purpose: 'providing the account; Art. 6(1)(b)', kept: `until deleted by the person; unverified: ${p('unverifiedAccount')} after registration; inactive: notice after ${p('inactiveAccount')} without sign-in, deletion ${p('inactiveGrace')} after the notice unless the person signs in`, then: 'deleted with everything hanging on it (cascade), files included' },
    { store: 'sessions', data: 'hashed session id, account id, expiry', purpose: 'keeping the person signed in; Art. 6(1)(b), § 25(2) TDDDG', kept: '30 days after last use (sliding); expired rows removed daily', then: 'deleted' },
    { store: 'email_tokens', data: 'hashed token, e-mail address, account id', purpose: 'verification, password reset, e-mail change, team invitation; Art. 6(1)(b)', kept: 'until used or expired (1 hour to 7 days); removed daily', then: 'deleted' },
    { store: 'rate_limits', data: 'IP address or hashed account key, hit count', purpose: 'protection against abuse; Art. 6(1)(f)', kept: 'one day after the window started', then: 'deleted' },
    { store: 'audit_log', data: 'account id of the actor, action, target id; no names, addresses or e-mails', purpose: 'security and accountability; Art. 6(1)(f), Art. 5(2)', kept: p('auditLog'), then: 'deleted' },
    { store: 'outbound_emails', data: 'recipient, template, subject and text (names, links), send time', purpose: 'sending mail and proving it was sent; Art. 6(1)(b) and (f)', kept: `subject and text: ${p('mailBody')} after sending; the row: ${p('mailRecord')} after sending`, then: 'subject and text removed (never sent afterwards), then the row deleted; all of it at once when the account is deleted' },
    { store: 'retention_notices', data: 'account id, application id or start of inactivity, time of the notice', purpose: 'sending each retention notice once; Art. 6(1)(c), Art. 5(1)(e)', kept: 'until the data it announced is deleted, or the person signs in again', then: 'deleted' },
    { store: 'organization_members', data: 'account id, organization, role', purpose: 'team access; Art. 6(1)(b)', kept: ACCOUNT, then: 'deleted' },
    { store: 'seeker_profiles', data: 'target group, certificate, languages, foreign qualifications, home place, mobility, wishes, findability', purpose: 'matching and applying; Art. 6(1)(b), findability and origin-related details Art. 6(1)(a), 9(2)(a)', kept: ACCOUNT, then: 'deleted' },
    { store: 'documents', data: 'file name, type, size, checksum, storage key of CVs and certificates', purpose: 'applying; Art. 6(1)(b)', kept: `until the person deletes the document; ${ACCOUNT}`, then: 'row and file deleted' },
    { store: 'uploads directory (`UPLOADS_DIR`)', data: 'contents of CVs and certificates; company logos', purpose: 'as `documents` and `organizations`', kept: 'as the row that holds the key', then: 'file deleted right after its row' },
    { store: 'bookmarks', data: 'account id, listing', purpose: 'remembering listings; Art. 6(1)(b)', kept: ACCOUNT, then: 'deleted' },
    { store: 'saved_searches', data: 'account id, search, alert frequency', purpose: 'search alerts; Art. 6(1)(b)', kept: `until ended by the person (in the account or any alert mail); ${ACCOUNT}`, then: 'deleted' },
    { store: 'applications', data: 'seeker id, listing, status, dates, cover letter', purpose: 'the application procedure; Art. 6(1)(b), § 26 BDSG; afterwards defence against AGG claims, Art. 6(1)(f)', kept: `ended applications: ${p('applicationData')} after the end (rejection, withdrawal, or hire and the listing closed); the seeker is told ${p('applicationNotice')} before`, then: 'anonymised: seeker link and cover letter removed; dates, status and listing (occupation) kept for the company’s statistics' },
    { store: 'application_documents', data: 'which documents went with an application', purpose: 'as `applications`', kept: 'as `applications`', then: 'deleted' },
    { store: 'application_events', data: 'timeline: status changes, messages, internal notes, actor ids', purpose: 'as `applications`', kept: 'as `applications`', then: 'messages and notes deleted; texts and the seeker as actor removed; status changes and dates kept' },
    { store: 'candidate_referrals', data: 'seeker id, rejecting company, chamber, answer', purpose: 'passing a rejected applicant on; Art. 6(1)(a)', kept: `as the application it came from; ${ACCOUNT}`, then: 'deleted' },
    { store: 'invitations', data: 'seeker id, company, listing, message, answer', purpose: 'candidate search; Art. 6(1)(a)', kept: ACCOUNT, then: 'deleted' },
    { store: 'counselling_consents', data: 'seeker id, chamber, time of consent', purpose: 'counselling by a chamber; Art. 6(1)(a)', kept: `until revoked; ${ACCOUNT}`, then: 'deleted with its notes and recommendations' },
    { store: 'counselling_notes', data: 'counsellor’s notes about the seeker, author id', purpose: 'counselling; Art. 6(1)(a)', kept: `until the consent is revoked, at most ${p('counsellingNotes')} after the last contact (consent, note or recommendation)`, then: 'deleted' },
    { store: 'counselling_recommendations', data: 'seeker id, recommended listing, counsellor’s note', purpose: 'counselling; Art. 6(1)(a)', kept: `until the consent is revoked; ${ACCOUNT}`, then: 'deleted' },
    { store: 'listings', data: 'contact person’s name (the rest is the company’s offer)', purpose: 'publishing offers; Art. 6(1)(b) and (f)', kept: `while open; closed or expired: ${p('closedListing')} after the end`, then: 'anonymised: contact person removed; the listing stays as the company’s history' },
    { store: 'listing_view_days', data: 'none: views per listing and day as a number, no IP address or other identifier', purpose: 'the employer dashboard; Art. 6(1)(f)', kept: 'with the listing', then: 'deleted with the listing' },
    { store: 'organizations', data: 'company or chamber details; a logo; personal only for a sole trader', purpose: 'company pages; Art. 6(1)(b)', kept: 'until the company is deleted (with its last member’s account)', then: 'deleted, logo file included' },
    { store: 'chamber_memberships', data: 'company, chamber, member number, ids of the requesting and deciding staff', purpose: 'verifying member businesses; Art. 6(1)(b) and (f)', kept: 'with the company; staff ids cleared when their account is deleted', then: 'deleted' },
    { store: 'listing_promotions', data: 'listing, chamber, period, id of the staff who created it', purpose: 'featuring listings; Art. 6(1)(f)', kept: 'with the listing; staff id cleared with their account', then: 'deleted' },
    { store: 'chamber_campaigns', data: 'none (a chamber’s campaign texts)', purpose: 'chamber pages', kept: 'until the chamber deletes them', then: 'deleted' },
    { store: 'events', data: 'organiser, venue, id of the creating staff', purpose: 'event pages; Art. 6(1)(f)', kept: 'until the organiser deletes them; staff id cleared with their account', then: 'deleted' },
    { store: 'content_reports', data: 'the reporter’s name and e-mail if given, their explanation, a copy of the reported content, the provider company', purpose: 'notice and action under Art. 16 DSA, answering the reporter; Art. 6(1)(c) and (f)', kept: `name and e-mail: ${p('reporterContact')} after the decision on the report (undecided reports keep them); the rest with the reported company`, then: 'name and e-mail removed; the report stays for the transparency figures; deleted with the company' },
    { store: 'moderation_decisions', data: 'provider company, listing, action, rule, reasons, id of the deciding staff', purpose: 'statement of reasons and transparency figures (Art. 15, 17, 24 DSA); Art. 6(1)(c)', kept: 'with the company; staff id cleared with their account', then: 'deleted' },
    { store: 'moderation_objections', data: 'the provider’s objection text, ids of the objecting and deciding accounts', purpose: 'internal complaint handling (Art. 20 DSA); Art. 6(1)(c)', kept: 'with the decision; account ids cleared with the accounts', then: 'deleted' },
    { store: 'risk_rules', data: 'none: phrases and thresholds of the risk check; id of the admin who changed them', purpose: 'holding risky listings for review', kept: 'until an admin changes them', then: '—' },
    { store: 'search_outbox', data: 'none: listing or organization ids to re-index', purpose: 'keeping search in step', kept: 'until processed', then: 'kept as processed rows (ids only)' },
    { store: 'jobs', data: 'none: background job state', purpose: 'running background jobs', kept: 'always', then: '—' },
    { store: 'app_secrets', data: 'none: keys the installation made for itself', purpose: 'signing links', kept: 'always', then: '—' },
    { store: 'places, occupations, occupation_fields', data: 'none: reference data', purpose: 'search and forms', kept: 'always', then: '—' },
  ]
}

const cell = (text: string) => text.replace(/\|/g, '\\|')

/** docs/retention.md, generated by `npm run docs:retention` from the defaults; a test keeps the file in step. */
export function renderRetentionDocs(config: RetentionConfig): string {
  const rows = retentionRows(config).map((r) => `| ${[r.store, r.data, r.purpose, r.kept, r.then].map(cell).join(' | ')} |`)
  return [
    '# Retention schedule',
    '',
    '<!-- Generated by `npm run docs:retention` from app/modules/retention/retention-config.ts; do not edit by hand. -->',
    '',
    'Personal data is kept only as long as it is needed (Art. 5(1)(e) GDPR). The periods below are the',
    'defaults; an operator may change each one with the environment variable named next to it (a whole',
    'number in the same unit). The privacy notice at `/datenschutz` states the periods the installation',
    'actually uses, from the same configuration. The worker enforces the schedule every hour',
    '(`app/modules/privacy/retention.server.ts`); every step is idempotent and safe with several workers.',
    'The data export (`/me/export`) gives each item the date it will be deleted.',
    '',
    'Deletion by the person (account deletion, revoking a consent, deleting a document) happens at once',
    'and is not listed separately. Server logs (outside the database) are kept 14 days.',
    '',
    '| table | personal data | purpose and legal basis | kept | then |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n')
}
