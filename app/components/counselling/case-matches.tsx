import { ListingCard } from '~/components/listing-card'
import { MatchSummary } from '~/components/seeker/match-notes'
import { formatNumber, useLang, useT } from '~/i18n'
import type { CaseView } from '~/modules/counselling/caseload.server'

/** The seeker's best matches among open listings, with the score and its reasons. */
export function CaseMatches({ matches, home, now }: { matches: CaseView['matches']; home: string | null; now: string }) {
  const t = useT()
  const lang = useLang()
  return (
    <section className="app-section" aria-labelledby="case-matches">
      <h2 id="case-matches">{t('counselling.case.matches')}</h2>
      {matches.length === 0 ? <p>{t('counselling.case.matches.empty')}</p> : null}
      <ul className="card-grid" aria-labelledby="case-matches">
        {matches.map(({ listing, match }) => (
          <li key={listing.id}>
            <ListingCard
              listing={listing}
              now={now}
              distance={match.distanceKm !== null && home ? t('search.distance', { km: formatNumber(lang, match.distanceKm), place: home }) : undefined}
            >
              <MatchSummary match={match} headingLevel={4} />
            </ListingCard>
          </li>
        ))}
      </ul>
    </section>
  )
}
