import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import counsellingStyles from '~/components/counselling/counselling.css?url'
import { CounsellorPicks } from '~/components/counselling/counsellor-picks'
import { ListingCard } from '~/components/listing-card'
import { MatchSummary } from '~/components/seeker/match-notes'
import seekerStyles from '~/components/seeker/seeker.css?url'
import { formatNumber, translate, useLang, useT } from '~/i18n'
import { getLang } from '~/i18n/lang.server'
import { requireSeeker } from '~/http/guards.server'
import { getRecommendations, RECOMMENDATION_LIMIT } from '~/modules/matching/recommendations.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: seekerStyles },
  { rel: 'stylesheet', href: counsellingStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'recommendations.title')} – Passgenau` }]

/** The best few first; "show more" adds a page at a time (a plain link, `?shown=`). */
const PAGE_SIZE = 6

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSeeker(context, request)
  const result = await getRecommendations(user.id, { lang: getLang(request) })
  const asked = Number(new URL(request.url).searchParams.get('shown'))
  const shown = Number.isInteger(asked) && asked > PAGE_SIZE ? Math.min(asked, RECOMMENDATION_LIMIT) : PAGE_SIZE
  return { result, shown, now: new Date().toISOString() }
}

export default function RecommendationsPage() {
  const t = useT()
  const lang = useLang()
  const { result, shown, now } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <h1>{t('recommendations.title')}</h1>
      <CounsellorPicks picks={result.picks} home={result.hasProfile ? result.home : null} now={now} />
      {!result.hasProfile ? (
        <p>
          {t('recommendations.noProfile')} <Link to="/me/profile">{t('match.toProfile')}</Link>
        </p>
      ) : (
        <>
          <p>
            {t('recommendations.intro')} <Link to="/me/profile">{t('recommendations.editProfile')}</Link>
          </p>
          {result.recommendations.length === 0 ? <p>{t('recommendations.empty')}</p> : null}
          <h2 id="recommendations-list" className="visually-hidden">
            {t('recommendations.list')}
          </h2>
          <ul className="card-grid" aria-labelledby="recommendations-list">
            {result.recommendations.slice(0, shown).map(({ listing, match }, index) => (
              <li key={listing.id} id={`recommendation-${index + 1}`}>
                <ListingCard
                  listing={listing}
                  now={now}
                  distance={match.distanceKm !== null && result.home ? t('search.distance', { km: formatNumber(lang, match.distanceKm), place: result.home }) : undefined}
                >
                  <MatchSummary match={match} headingLevel={4} isCollapsed />
                </ListingCard>
              </li>
            ))}
          </ul>
          {result.recommendations.length > 0 ? (
            <p className="muted">{t('recommendations.shown', { shown: Math.min(shown, result.recommendations.length), total: result.recommendations.length })}</p>
          ) : null}
          {result.recommendations.length > shown ? (
            <p>
              {/* The link lands on the first card that was not shown before. */}
              <Link to={`?shown=${shown + PAGE_SIZE}#recommendation-${shown + 1}`} preventScrollReset className="button">
                {t('recommendations.more', { count: Math.min(PAGE_SIZE, result.recommendations.length - shown) })}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}
