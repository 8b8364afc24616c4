import { contentReports, moderationDecisions } from '../../../db/schema'
import { PUBLIC, chamberStaff, employers, fixture, only, type Expect, type MatrixArea } from './matrix-kit'

/**
 * Reports and moderation. listingOfA (company A, a verified member of `chamber` since the chambers
 * area's setup) has an open report; company A has a decision to object to. The other chamber's staff
 * and company B's recruiter get 404 on them.
 */
const ids = { decisionOfA: '' }
const everyone: Expect = { anonymous: 'ok', seeker: 'ok', otherSeeker: 'ok', owner: 'ok', otherRecruiter: 'ok', chamber: 'ok', otherChamber: 'ok', admin: 'ok' }
const admins = only(['admin'])
const snapshot = { kind: 'listing' as const, title: 'Matrix', text: 'Text', companyName: 'A', url: '/jobs/1' }

export const area: MatrixArea = {
  setup: async () => {
    const { db } = fixture
    await db.insert(contentReports).values({ reason: 'scam', explanation: 'Matrix report', organizationId: fixture.companyA, listingId: fixture.listingOfA, snapshot })
    const [decision] = await db
      .insert(moderationDecisions)
      .values({ organizationId: fixture.companyA, action: 'request_change', rule: 'terms', statement: 'Bitte ändern.', firstReportedAt: new Date(), decidedBy: fixture.viewers.admin!.user.id })
      .returning({ id: moderationDecisions.id })
    ids.decisionOfA = decision.id
  },
  entries: {
    'transparenz.tsx': PUBLIC,
    // Reporting needs no account: everyone gets the form, and a bad report is a field error for everyone.
    'melden.tsx': {
      path: '/melden?listing=:listing',
      params: () => ({ listing: String(fixture.listingOfA) }),
      loader: everyone,
      action: { ...everyone, form: { reason: 'nonsense', explanation: '' } },
    },
    'admin.moderation._index.tsx': { path: '/admin/moderation', loader: admins },
    'admin.moderation.$case.tsx': {
      path: '/admin/moderation/:case',
      params: () => ({ case: `listing-${fixture.listingOfA}` }),
      loader: admins,
      action: { ...admins, form: { action: 'nonsense' } },
    },
    'admin.objections.tsx': { path: '/admin/objections', loader: admins, action: { ...admins, form: { outcome: 'nonsense' } } },
    'admin.risk-rules.tsx': { path: '/admin/risk-rules', loader: admins, action: { ...admins, form: { intent: 'save', kind: 'burst', value: 'many' } } },
    'admin.companies.$id.tsx': { path: '/admin/companies/:id', params: () => ({ id: fixture.companyA }), loader: admins },
    'chamber.moderation._index.tsx': { path: '/chamber/moderation', loader: chamberStaff },
    // Company A is the chamber's member: its staff see the case; the other chamber's staff do not.
    'chamber.moderation.$case.tsx': {
      path: '/chamber/moderation/:case',
      params: () => ({ case: `listing-${fixture.listingOfA}` }),
      loader: { ...chamberStaff, otherChamber: 404 },
      action: { ...chamberStaff, otherChamber: 404, form: { action: 'nonsense' } },
    },
    // Company B's recruiter objecting to company A's decision: not found. The owner's objection is filed.
    'employer.moderation.tsx': {
      path: '/employer/moderation',
      loader: employers,
      action: { ...employers, otherRecruiter: 404, form: () => ({ decisionId: ids.decisionOfA, text: 'Die Anzeige ist korrekt.' }) },
    },
  },
}
