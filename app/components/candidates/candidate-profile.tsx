import { Form } from '@remix-run/react'
import { SelectField } from '~/components/form/form-controls'
import { MatchSummary } from '~/components/seeker/match-notes'
import { useT } from '~/i18n'
import { matchForCompany } from '~/modules/candidates/company-match'
import type { CandidatePage } from '~/modules/candidates/profile.server'
import { CandidateFacts } from './candidate-facts'

/** Name and e-mail once shared by accepting an invitation; until then, what it takes to see them. */
export function CandidateContact({ contact }: { contact: CandidatePage['contact'] }) {
  const t = useT()
  return (
    <section className="app-section" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('candidates.profile.contact')}</h2>
      {contact ? (
        <dl className="facts-list">
          <div>
            <dt>{t('candidates.profile.contact.name')}</dt>
            <dd>{contact.name}</dd>
          </div>
          <div>
            <dt>{t('candidates.profile.contact.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </div>
        </dl>
      ) : (
        <p>{t('candidates.profile.contact.hidden')}</p>
      )}
    </section>
  )
}

export function CandidateProfile({ page }: { page: CandidatePage }) {
  const t = useT()
  return (
    <section className="app-section" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('candidates.profile.facts')}</h2>
      <CandidateFacts candidate={page.candidate} />
    </section>
  )
}

/** A GET form to score the person against one of the company's listings, and the score with its reasons. */
export function CandidateMatch({ page }: { page: CandidatePage }) {
  const t = useT()
  if (page.listings.length === 0) return null
  return (
    <section className="app-section" aria-labelledby="match-title">
      <h2 id="match-title">{t('candidates.profile.match.title')}</h2>
      <Form method="get" className="candidate-match-form">
        <SelectField
          name="listing"
          label="candidates.filters.listing"
          defaultValue={page.listingId ? String(page.listingId) : ''}
          options={[{ value: '', label: t('candidates.filters.listing.none') }, ...page.listings.map((l) => ({ value: String(l.id), label: `${l.title} (${l.placeName})` }))]}
        />
        <button type="submit" className="button">
          {t('candidates.profile.match.show')}
        </button>
      </Form>
      {page.candidate.match ? <MatchSummary match={matchForCompany(page.candidate.match)} /> : null}
    </section>
  )
}
