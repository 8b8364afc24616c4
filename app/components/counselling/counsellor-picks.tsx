import { Link } from '@remix-run/react'
import { ListingCard } from '~/components/listing-card'
import { MatchSummary } from '~/components/seeker/match-notes'
import { formatNumber, useLang, useT } from '~/i18n'
import type { CounsellorPick } from '~/modules/matching/recommendations.server'
import { formatDate } from '~/utils/format'

/** Listings the seeker's counsellors recommended, shown above the computed suggestions. */
export function CounsellorPicks({ picks, home, now }: { picks: CounsellorPick[]; home: string | null; now: string }) {
  const t = useT()
  const lang = useLang()
  if (picks.length === 0) return null
  return (
    <section className="stack" aria-labelledby="counsellor-picks">
      <h2 id="counsellor-picks">{t('counselling.picks.title')}</h2>
      <ul className="card-grid" aria-labelledby="counsellor-picks">
        {picks.map((pick) => (
          <li key={`${pick.listing.id}-${pick.chamberName}`}>
            <ListingCard
              listing={pick.listing}
              now={now}
              distance={pick.match?.distanceKm != null && home ? t('search.distance', { km: formatNumber(lang, pick.match.distanceKm), place: home }) : undefined}
            >
              <p className="pick-by">
                {t('counselling.picks.by', { chamber: pick.chamberName })} · <time dateTime={pick.recommendedAt}>{formatDate(lang, pick.recommendedAt)}</time>
              </p>
              {pick.note ? (
                <p className="pick-note">
                  <span className="visually-hidden">{t('counselling.picks.note')}: </span>
                  {pick.note}
                </p>
              ) : null}
              {pick.match ? <MatchSummary match={pick.match} headingLevel={4} /> : null}
            </ListingCard>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/me/counselling">{t('counselling.picks.manage')}</Link>
      </p>
    </section>
  )
}
