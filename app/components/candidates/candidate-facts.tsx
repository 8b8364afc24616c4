import { ApplicantFactsList } from '~/components/applications/applicant-facts'
import { useT } from '~/i18n'
import type { ApplicantFacts } from '~/modules/applications/applicant-facts.server'
import type { CandidateSummary } from '~/modules/candidates/candidate-view.server'

/** The profile facts in the same words an application shows them; foreign qualifications stay out (they could identify). */
function toFacts(c: CandidateSummary): ApplicantFacts {
  return {
    targetGroup: c.targetGroup,
    certificate: c.certificate,
    germanLevel: c.germanLevel,
    languages: c.languages,
    foreignQualifications: [],
    skills: c.skills,
    homePlace: c.home ? `${c.home.name} (${c.home.district})` : null,
    travelKm: c.travelKm,
    hasDrivingLicence: c.hasDrivingLicence,
    hasCar: c.hasCar,
    usesPublicTransportOnly: c.usesPublicTransportOnly,
    availableFrom: c.availableFrom,
  }
}

/** What the person wishes: occupations, kinds of offer, and "available now" when no date is given. */
export function CandidateWishes({ candidate }: { candidate: CandidateSummary }) {
  const t = useT()
  const offerTypes = candidate.wishedOfferTypes.map((type) => t(`offerType.${type}`)).join(', ')
  return (
    <dl className="facts-list">
      {candidate.wishedOccupations.length ? (
        <div>
          <dt>{t('candidates.fact.occupations')}</dt>
          <dd>{candidate.wishedOccupations.map((o) => o.name).join(', ')}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('candidates.fact.offerTypes')}</dt>
        <dd>{offerTypes || t('candidates.fact.anyOfferType')}</dd>
      </div>
      {candidate.availableFrom ? null : (
        <div>
          <dt>{t('applications.facts.availableFrom')}</dt>
          <dd>{t('candidates.fact.availableNow')}</dd>
        </div>
      )}
    </dl>
  )
}

export function CandidateFacts({ candidate }: { candidate: CandidateSummary }) {
  return (
    <>
      <ApplicantFactsList facts={toFacts(candidate)} />
      <CandidateWishes candidate={candidate} />
    </>
  )
}
