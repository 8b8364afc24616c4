import { employers, fixture, type MatrixArea } from './matrix-kit'

export const area: MatrixArea = {
  entries: {
    // The applicants of company A's listing: company B's recruiter gets the same 404 as for a missing listing.
    'employer.listings.$id_.applicants[.]csv.ts': {
      path: '/employer/listings/:id/applicants.csv',
      params: () => ({ id: String(fixture.listingOfA) }),
      loader: { ...employers, otherRecruiter: 404 },
    },
  },
}
