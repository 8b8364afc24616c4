import { Link } from '@remix-run/react'
import { MatchSummary } from '~/components/seeker/match-notes'
import { formatNumber, useLang, useT } from '~/i18n'
import type { CandidateSummary } from '~/modules/candidates/candidate-view.server'
import { matchForCompany } from '~/modules/candidates/company-match'
import { CandidateFacts } from './candidate-facts'

/** One person in the results: anonymised facts, "empfohlen" when passed on, the fit with the chosen listing. */
export function CandidateCard({ candidate: c, listingId }: { candidate: CandidateSummary; listingId: number | null }) {
  const t = useT()
  const lang = useLang()
  const href = `/employer/candidates/${c.id}${listingId ? `?listing=${listingId}` : ''}`
  return (
    <article className="candidate-card" aria-labelledby={`candidate-${c.id}`}>
      <header className="candidate-card__header">
        <h3 id={`candidate-${c.id}`}>{t('candidates.card.heading', { initial: c.initial })}</h3>
        {c.isReferred ? <span className="badge candidate-card__referred">{t('candidates.card.referred')}</span> : null}
        {c.distanceKm !== null ? <span className="muted">{t('candidates.card.distance', { km: formatNumber(lang, c.distanceKm) })}</span> : null}
      </header>
      {c.isReferred ? <p className="muted candidate-card__hint">{t('candidates.card.referred.hint')}</p> : null}
      <CandidateFacts candidate={c} />
      {c.match ? <MatchSummary match={matchForCompany(c.match)} headingLevel={4} /> : null}
      <p className="candidate-card__action">
        <Link to={href}>
          {t('candidates.card.open')}
          <span className="visually-hidden">: {t('candidates.card.heading', { initial: c.initial })}</span>
        </Link>
      </p>
    </article>
  )
}
