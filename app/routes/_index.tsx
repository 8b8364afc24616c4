import type { LinksFunction, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { CountTiles } from '~/components/count-tiles'
import { ArrowIcon } from '~/components/icons'
import { ListingCard } from '~/components/listing-card'
import { FeaturedListings } from '~/components/membership/featured-listings'
import membershipStyles from '~/components/membership/membership.css?url'
import { SearchHero } from '~/components/search-hero'
import { useLang, useT, type Lang, type Translate } from '~/i18n'
import { getFeaturedListings, getHomeStats, getNewestListings } from '~/modules/listings/home.server'
import { formatCount, pluralKey } from '~/utils/format'
import { pageMeta } from '~/utils/meta'

const NEWEST_LIMIT = 8
const FEATURED_LIMIT = 4
const DISTRICT_RADIUS_KM = 25

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: membershipStyles }]

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'home.meta.title', 'home.meta.description')

export async function loader() {
  const [stats, newest, featured] = await Promise.all([getHomeStats(), getNewestListings(undefined, NEWEST_LIMIT), getFeaturedListings(undefined, FEATURED_LIMIT)])
  // One "now" for server and browser render, so relative dates cannot differ between the two.
  return { stats, newest, featured, now: new Date().toISOString() }
}

function counted(t: Translate, lang: Lang, count: number) {
  const formatted = formatCount(lang, count)
  return {
    count: formatted,
    countLabel: t(pluralKey(lang, count, { one: 'count.one', other: 'count.other' }), { count: formatted }),
  }
}

export default function Home() {
  const { stats, newest, featured, now } = useLoaderData<typeof loader>()
  const t = useT()
  const lang = useLang()
  const total = t(pluralKey(lang, stats.total, { one: 'home.total.one', other: 'home.total.other' }), {
    count: formatCount(lang, stats.total),
  })
  return (
    <>
      <SearchHero title={t('home.hero.title')} lead={t('home.hero.lead')} footnote={total} />

      <FeaturedListings listings={featured} now={now} />

      <section className="home-section" aria-labelledby="by-type-title">
        <h2 id="by-type-title">{t('home.byType.title')}</h2>
        <CountTiles
          className="tiles--types"
          tiles={stats.byOfferType.map(({ offerType, count }) => ({
            to: `/jobs?type=${offerType}`,
            label: t(`offerType.${offerType}`),
            ...counted(t, lang, count),
          }))}
        />
      </section>

      <section className="home-section" aria-labelledby="by-district-title">
        <h2 id="by-district-title">{t('home.byDistrict.title')}</h2>
        <p className="section-lead">{t('home.byDistrict.lead')}</p>
        <CountTiles
          className="tiles--districts"
          tiles={stats.byDistrict.map(({ code, town, state, count }) => ({
            to: `/jobs?${new URLSearchParams({ where: town, radius: String(DISTRICT_RADIUS_KM) })}`,
            label: t(`district.${code}`),
            detail: `${town} · ${t(`state.${state}`)}`,
            ...counted(t, lang, count),
          }))}
        />
      </section>

      <section className="home-section" aria-labelledby="newest-title">
        <div className="section-heading">
          <h2 id="newest-title">{t('home.newest.title')}</h2>
          <Link to="/jobs" className="more-link">
            {t('home.newest.all')}
            <ArrowIcon />
          </Link>
        </div>
        {newest.length > 0 ? (
          <ul className="card-grid">
            {newest.map((listing) => (
              <li key={listing.id}>
                <ListingCard listing={listing} now={now} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t('home.newest.empty')}</p>
        )}
      </section>
    </>
  )
}
