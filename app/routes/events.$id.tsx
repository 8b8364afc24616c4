import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { addressIn } from '~/i18n/alternates'
import { langFromQuery } from '~/i18n/lang.server'
import { Link, useLoaderData } from '@remix-run/react'
import { EventDetails } from '~/components/events/event-details'
import eventStyles from '~/components/events/events.css?url'
import { formatEventDay } from '~/components/events/event-time'
import { JsonLdScript } from '~/components/listing/json-ld-script'
import listingStyles from '~/components/listing/listing.css?url'
import { translate, useLang, useT } from '~/i18n'
import { toEventJsonLd } from '~/modules/events/event-json-ld'
import { getPublicEvent } from '~/modules/events/events.server'
import { serializeJsonLd } from '~/modules/listings/json-ld'
import { getEnv } from '~/utils/env.server'
import { langFromMatches } from '~/utils/meta'
import { ReportLink } from '~/components/moderation/report-link'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: listingStyles },
  { rel: 'stylesheet', href: eventStyles },
]

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { event, isPast } = await getPublicEvent(params.id ?? '')
  if (isPast) {
    // 410 tells search engines to drop the page; people learn what it was and find what comes next.
    const gone = { title: event.title, startsAt: event.startsAt, organizer: event.organizer }
    return data({ gone: true as const, event: gone }, { status: 410 })
  }
  const origin = getEnv().APP_ORIGIN
  return {
    gone: false as const,
    event,
    // A language version named in the address is its own page (see the hreflang alternates): its canonical keeps `lang`.
    canonical: addressIn(origin, event.path, langFromQuery(new URL(request.url))),
    jsonLd: serializeJsonLd(toEventJsonLd(event, origin)),
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const lang = langFromMatches(matches)
  if (!data) return [{ title: translate(lang, 'error.notFound.title') }]
  if (data.gone) return [{ title: `${translate(lang, 'events.gone.title')} – Passgenau` }, { name: 'robots', content: 'noindex' }]
  const { event } = data
  const description = translate(lang, 'events.detail.metaDescription', {
    kind: translate(lang, `events.kind.${event.kind}`),
    organizer: event.organizer.name,
    place: event.place.name,
    day: formatEventDay(lang, event.startsAt),
  })
  return [
    { title: `${event.title} – Passgenau` },
    { name: 'description', content: description },
    { tagName: 'link', rel: 'canonical', href: data.canonical },
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: event.title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: data.canonical },
  ]
}

export default function EventPage() {
  const loaded = useLoaderData<typeof loader>()
  const t = useT()
  const lang = useLang()
  if (loaded.gone) {
    const { event } = loaded
    return (
      <article className="listing-page">
        <header className="listing-page__header">
          <h1>{t('events.gone.title')}</h1>
          <p className="lead">{t('events.gone.text', { title: event.title, organizer: event.organizer.name, day: formatEventDay(lang, event.startsAt) })}</p>
        </header>
        <p>
          <Link to="/events" className="button button--primary">
            {t('events.gone.upcoming')}
          </Link>
        </p>
      </article>
    )
  }
  return (
    <>
      <JsonLdScript json={loaded.jsonLd} />
      <EventDetails event={loaded.event} />
      <ReportLink event={loaded.event.id} />
    </>
  )
}
