import { counsellingConsents } from '../../../db/schema'
import { chamberStaff, fixture, only, PUBLIC, type MatrixArea } from './matrix-kit'

const seekers = only(['seeker', 'otherSeeker'])

export const area: MatrixArea = {
  entries: {
    // Forms carry invalid input, so the allowed roles get a field error and nothing changes.
    'me.counselling.tsx': { path: '/me/counselling', loader: seekers, action: { ...seekers, form: { intent: 'grant', chamberId: 'not-a-chamber' } } },
    'chamber.caseload._index.tsx': { path: '/chamber/caseload', loader: chamberStaff },
    // `seeker` consented to `chamber` only: the other chamber's staff get the same 404 as for a stranger.
    'chamber.caseload.$seekerId.tsx': {
      path: '/chamber/caseload/:seekerId',
      params: () => ({ seekerId: fixture.viewers.seeker!.user.id }),
      loader: { ...chamberStaff, otherChamber: 404 },
      action: { ...chamberStaff, otherChamber: 404, form: { intent: 'note', text: '' } },
    },
    // The signed token is the permission: no sign-in.
    'referrals.$token.tsx': PUBLIC,
  },
  setup: async () => {
    await fixture.db.insert(counsellingConsents).values({ seekerId: fixture.viewers.seeker!.user.id, chamberId: fixture.chamber })
  },
}
