import { eq } from 'drizzle-orm'
import { chamberMemberships, organizations } from '../../../db/schema'
import { seedOrganization } from '../../../db/seed/factories'
import { addDays, berlinToday } from '~/utils/calendar-date'
import { chamberStaff, employers, fixture, type MatrixArea } from './matrix-kit'

/**
 * Chamber memberships and promotions. companyA is a verified member of `chamber`; another company
 * waits for `chamber` to decide its request. `otherChamber` must get 404 on both.
 */
const ids = { pendingRequest: '' }

export const area: MatrixArea = {
  setup: async () => {
    const { db } = fixture
    await db
      .insert(chamberMemberships)
      .values({ chamberId: fixture.chamber, companyId: fixture.companyA, memberNumber: 'MATRIX-A', status: 'verified', verifiedAt: new Date() })
      .onConflictDoUpdate({ target: [chamberMemberships.chamberId, chamberMemberships.companyId], set: { status: 'verified', verifiedAt: new Date() } })
    await db.update(organizations).set({ isVerified: true }).where(eq(organizations.id, fixture.companyA))
    const applicant = await seedOrganization(db)
    const [request] = await db
      .insert(chamberMemberships)
      .values({ chamberId: fixture.chamber, companyId: applicant.id, memberNumber: 'MATRIX-R' })
      .returning({ id: chamberMemberships.id })
    ids.pendingRequest = request.id
  },
  entries: {
    'employer.membership.tsx': {
      path: '/employer/membership',
      loader: employers,
      // Members read; only owners ask or withdraw (the form is invalid: nothing is written).
      action: { ...employers, otherRecruiter: 403, form: { intent: 'request', chamberId: 'none', memberNumber: '' } },
    },
    'chamber.members.tsx': {
      path: '/chamber/members',
      loader: chamberStaff,
      // The chamber decides its own request; the other chamber's staff do not even see it.
      action: { ...chamberStaff, otherChamber: 404, form: () => ({ intent: 'refuse', membershipId: ids.pendingRequest }) },
    },
    'chamber.promotions.tsx': {
      path: '/chamber/promotions',
      loader: chamberStaff,
      // A listing of the chamber's member: a field error for its staff (the start lies in the past), 404 for the other chamber.
      action: {
        ...chamberStaff,
        otherChamber: 404,
        form: () => ({ intent: 'feature', listingId: String(fixture.listingOfA), startsOn: addDays(berlinToday(), -1), endsOn: berlinToday() }),
      },
    },
  },
}
