import { invitations, seekerProfiles } from '../../../db/schema'
import { candidatePseudonyms } from '../../../app/modules/candidates/candidate-id.server'
import { employers, fixture, only, type MatrixArea } from './matrix-kit'

const seekers = only(['seeker', 'otherSeeker'])
const made = { candidateOfA: '', invitationOfSeeker: '' }

export const area: MatrixArea = {
  entries: {
    'employer.candidates._index.tsx': { path: '/employer/candidates', loader: employers },
    // `seeker` is findable; the pseudonym is company A's, so company B's recruiter gets the 404 of an unknown candidate.
    // The form names no listing: company A gets a field error and nothing is sent.
    'employer.candidates.$id.tsx': {
      path: '/employer/candidates/:id',
      params: () => ({ id: made.candidateOfA }),
      loader: { ...employers, otherRecruiter: 404 },
      action: { ...employers, otherRecruiter: 404, form: { intent: 'invite', listingId: '' } },
    },
    // `seeker` holds company A's invitation; the other seeker answering it gets a 404, `seeker` a field error for the answer.
    'me.invitations.tsx': {
      path: '/me/invitations',
      loader: seekers,
      action: { ...seekers, otherSeeker: 404, form: () => ({ invitationId: made.invitationOfSeeker, answer: 'maybe' }) },
    },
  },
  setup: async () => {
    const seekerId = fixture.viewers.seeker!.user.id
    await fixture.db.insert(seekerProfiles).values({ userId: seekerId, isFindable: true }).onConflictDoUpdate({ target: seekerProfiles.userId, set: { isFindable: true } })
    made.candidateOfA = (await candidatePseudonyms(fixture.companyA)).toPseudonym(seekerId)
    const [invitation] = await fixture.db.insert(invitations).values({ organizationId: fixture.companyA, listingId: fixture.listingOfA, seekerId }).returning()
    made.invitationOfSeeker = invitation.id
  },
}
