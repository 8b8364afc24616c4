import { Link } from '@remix-run/react'
import { useT } from '~/i18n'
import type { MatchResult } from '~/modules/matching/match-types'
import { MatchSummary } from './match-notes'

/** The listing page's "Passt zu 82 %" for a signed-in seeker; without a profile, an invitation to create one. */
export function MatchBox({ match }: { match: MatchResult | null }) {
  const t = useT()
  return (
    <section className="side-card" aria-labelledby="match-title">
      <h2 id="match-title">{t('match.title')}</h2>
      {match ? (
        <MatchSummary match={match} />
      ) : (
        <p>
          {t('match.noProfile')} <Link to="/me/profile">{t('match.toProfile')}</Link>
        </p>
      )}
    </section>
  )
}
