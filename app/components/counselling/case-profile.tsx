import { ApplicantFactsList } from '~/components/applications/applicant-facts'
import { useT } from '~/i18n'
import type { CaseView } from '~/modules/counselling/caseload.server'

/** The seeker's profile as the counsellor sees it: the facts an application shares, and the wishes. */
export function CaseProfile({ facts, wishes }: Pick<CaseView, 'facts' | 'wishes'>) {
  const t = useT()
  return (
    <section className="app-section" aria-labelledby="case-profile">
      <h2 id="case-profile">{t('counselling.case.profile')}</h2>
      {facts ? <ApplicantFactsList facts={facts} /> : <p>{t('counselling.case.noProfile')}</p>}
      {wishes.occupations.length || wishes.offerTypes.length ? (
        <dl className="facts-list">
          {wishes.occupations.length ? (
            <div>
              <dt>{t('counselling.case.wishedOccupations')}</dt>
              <dd>{wishes.occupations.join(', ')}</dd>
            </div>
          ) : null}
          {wishes.offerTypes.length ? (
            <div>
              <dt>{t('counselling.case.wishedOfferTypes')}</dt>
              <dd>{wishes.offerTypes.map((type) => t(`offerType.${type}`)).join(', ')}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </section>
  )
}
