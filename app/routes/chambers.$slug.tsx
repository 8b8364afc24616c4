import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { ChamberMembers } from '~/components/events/chamber-members'
import { ChamberPlaceText, useDistrictName } from '~/components/events/chamber-place'
import { CampaignList, FeaturedListings } from '~/components/events/chamber-sections'
import { EventList } from '~/components/events/event-list'
import eventStyles from '~/components/events/events.css?url'
import { WebsiteFact } from '~/components/listing/company-badges'
import listingStyles from '~/components/listing/listing.css?url'
import { translate, useT } from '~/i18n'
import { getChamberPage } from '~/modules/chambers/chamber-page.server'
import { getEnv } from '~/utils/env.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: listingStyles },
  { rel: 'stylesheet', href: eventStyles },
]

export async function loader({ params }: LoaderFunctionArgs) {
  const page = await getChamberPage(params.slug ?? '')
  const canonical = new URL(`/chambers/${encodeURIComponent(page.chamber.slug)}`, getEnv().APP_ORIGIN).toString()
  return { ...page, canonical, now: new Date().toISOString() }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const lang = langFromMatches(matches)
  if (!data) return [{ title: translate(lang, 'error.notFound.title') }]
  const { chamber } = data
  const description = chamber.place
    ? translate(lang, 'events.chamberPage.metaDescription', { name: chamber.name, place: chamber.place.name })
    : translate(lang, 'events.chamberPage.metaDescriptionNoPlace', { name: chamber.name })
  return [
    { title: `${chamber.name} – Passgenau` },
    { name: 'description', content: description },
    { tagName: 'link', rel: 'canonical', href: data.canonical },
    { property: 'og:title', content: chamber.name },
    { property: 'og:description', content: description },
    { property: 'og:url', content: data.canonical },
  ]
}

export default function ChamberPage() {
  const t = useT()
  const districtName = useDistrictName()
  const { chamber, memberCount, members, campaigns, events, featured, now } = useLoaderData<typeof loader>()
  return (
    <article className="chamber-page">
      <p className="listing-page__back">
        <Link to="/chambers">{t('events.chamberPage.back')}</Link>
      </p>
      <header className="listing-page__header">
        <h1>{chamber.name}</h1>
        {chamber.place ? (
          <p className="lead">
            <ChamberPlaceText place={chamber.place} />
          </p>
        ) : null}
      </header>
      <div className="listing-page__layout">
        <section className="listing-section side-card" aria-labelledby="chamber-about">
          <h2 id="chamber-about">{t('events.chamberPage.about')}</h2>
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: chamber.descriptionHtml }} />
        </section>
        <dl className="fact-list fact-list--compact side-card" aria-label={t('events.chamberPage.contact')}>
          {chamber.place ? (
            <>
              <div className="fact-list__row">
                <dt>{t('events.chamberPage.seat')}</dt>
                <dd>
                  {chamber.place.postalCode} {chamber.place.name}, {chamber.place.state}
                </dd>
              </div>
              <div className="fact-list__row">
                <dt>{t('events.chamberPage.district')}</dt>
                <dd>{districtName(chamber.place)}</dd>
              </div>
            </>
          ) : null}
          <WebsiteFact website={chamber.website} />
        </dl>
      </div>
      <CampaignList campaigns={campaigns} />
      <FeaturedListings listings={featured} now={now} />
      <section className="listing-section" aria-labelledby="chamber-events">
        <h2 id="chamber-events">{t('events.chamberPage.events')}</h2>
        {events.length > 0 ? <EventList events={events} headingLevel={3} /> : <p className="empty">{t('events.chamberPage.noEvents')}</p>}
        <p>
          <Link to="/events">{t('events.chamberPage.allEvents')}</Link>
        </p>
      </section>
      <ChamberMembers members={members} memberCount={memberCount} />
    </article>
  )
}
