import { data, redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { addressIn } from '~/i18n/alternates'
import { langFromQuery } from '~/i18n/lang.server'
import { Link, useLoaderData } from '@remix-run/react'
import { EmployerCard } from '~/components/listing/employer-card'
import { GoneListingView } from '~/components/listing/gone-listing'
import { JsonLdScript } from '~/components/listing/json-ld-script'
import { ListingActions } from '~/components/listing/listing-actions'
import { ListingFacts } from '~/components/listing/listing-facts'
import { ListingGrid } from '~/components/listing/listing-grid'
import { ListingBenefits, ListingRequirements } from '~/components/listing/listing-requirements'
import listingStyles from '~/components/listing/listing.css?url'
import { germanContent } from '~/components/german-content'
import { translate, useLang, useT } from '~/i18n'
import { getReplyStats } from '~/modules/applications/reply-deadlines.server'
import { getUser } from '~/http/guards.server'
import { getOpenListingsOfCompany } from '~/modules/companies/company.server'
import { countListingView } from '~/modules/dashboard/views.server'
import { pageVisitOf } from '~/http/page-visit.server'
import { distanceFromSearchedPlace, getPublicListing } from '~/modules/listings/detail.server'
import { serializeJsonLd, toJobPostingJsonLd } from '~/modules/listings/json-ld'
import { getSeekerListingContext } from '~/modules/seekers/listing-context.server'
import { getEnv } from '~/utils/env.server'
import { formatStart } from '~/utils/format'
import { langFromMatches } from '~/utils/meta'
import { ReportLink } from '~/components/moderation/report-link'
import { listingIdOf } from '~/modules/listings/listing-id'

const OTHER_LISTINGS_LIMIT = 5

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: listingStyles }]

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const id = listingIdOf(params.listing, { slug: true })
  if (id === null) throw new Response(null, { status: 404 })
  const result = await getPublicListing(id)
  const now = new Date().toISOString()
  if (result.gone) {
    // 410 tells search engines to drop the page; people still get somewhere to go next.
    return data({ gone: true as const, listing: result.listing, similar: result.similar, now }, { status: 410 })
  }
  const { listing } = result
  const url = new URL(request.url)
  if (url.pathname !== listing.path) throw redirect(`${listing.path}${url.search}`, 301)
  await countListingView(listing.id, pageVisitOf(request), getUser(context))
  const where = url.searchParams.get('where') ?? ''
  const [others, distance, replyStats, seeker] = await Promise.all([
    getOpenListingsOfCompany({ slug: listing.company.slug }, { limit: OTHER_LISTINGS_LIMIT, excludeId: listing.id }),
    distanceFromSearchedPlace(where, listing.place),
    getReplyStats({ slug: listing.company.slug }),
    getSeekerListingContext(getUser(context), listing.id),
  ])
  const origin = getEnv().APP_ORIGIN
  return {
    gone: false as const,
    listing,
    others,
    distance,
    replyStats,
    seeker,
    where,
    now,
    // A language version named in the address is its own page (see the hreflang alternates): its canonical keeps `lang`.
    canonical: addressIn(origin, listing.path, langFromQuery(new URL(request.url))),
    jsonLd: serializeJsonLd(toJobPostingJsonLd(listing, origin)),
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const lang = langFromMatches(matches)
  if (!data) return [{ title: translate(lang, 'error.notFound.title') }]
  if (data.gone) return [{ title: translate(lang, 'gone.meta.title') }, { name: 'robots', content: 'noindex' }]
  const { listing } = data
  const params = { title: listing.title, company: listing.company.name, place: listing.place.name }
  const title = translate(lang, 'listingPage.meta.title', params)
  const description = translate(lang, 'listingPage.meta.description', {
    ...params,
    offerType: translate(lang, `offerType.${listing.offerType}`),
    start: formatStart(lang, listing.startDate, data.now),
  })
  return [
    { title },
    { name: 'description', content: description },
    { tagName: 'link', rel: 'canonical', href: data.canonical },
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: listing.title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: data.canonical },
  ]
}

export default function ListingPage() {
  const loaded = useLoaderData<typeof loader>()
  const t = useT()
  const lang = useLang()
  if (loaded.gone) return <GoneListingView listing={loaded.listing} similar={loaded.similar} now={loaded.now} />
  const { listing, others, distance, replyStats, seeker, where, now, jsonLd } = loaded
  const backTo = where ? `/jobs?${new URLSearchParams({ where })}` : '/jobs'
  return (
    <article className="listing-page">
      <JsonLdScript json={jsonLd} />
      <p className="listing-page__back">
        <Link to={backTo}>{t('listingPage.backToSearch')}</Link>
      </p>
      <header className="listing-page__header">
        <p className="listing-page__badges">
          <span className={`badge badge--${listing.offerType}`}>{t(`offerType.${listing.offerType}`)}</span>
        </p>
        <h1 {...germanContent(lang)}>{listing.title}</h1>
        <p className="lead">
          {listing.company.name} · {listing.place.name}
        </p>
      </header>
      <div className="listing-page__layout">
        <div className="listing-page__main">
          <section className="listing-section" aria-labelledby="facts-title">
            <h2 id="facts-title">{t('listingPage.atAGlance')}</h2>
            <ListingFacts listing={listing} distance={distance} now={now} />
          </section>
          <section className="listing-section" aria-labelledby="description-title">
            <h2 id="description-title">{t('listingPage.description')}</h2>
            {/* Rendered from Markdown and sanitized on the server (markdown.server.ts). */}
            <div className="rich-text" {...germanContent(lang)} dangerouslySetInnerHTML={{ __html: listing.descriptionHtml }} />
          </section>
          <section className="listing-section" aria-labelledby="requirements-title">
            <h2 id="requirements-title">{t('listingPage.requirements')}</h2>
            <ListingRequirements listing={listing} />
          </section>
          <ListingBenefits listing={listing} />
        </div>
        <aside className="listing-page__aside">
          <ListingActions listing={listing} replyStats={replyStats} seeker={seeker} />
          <EmployerCard company={listing.company} />
        </aside>
      </div>
      {others.length > 0 ? (
        <section className="listing-section" aria-labelledby="more-title">
          <h2 id="more-title">{t('listingPage.moreFromCompany', { company: listing.company.name })}</h2>
          <ListingGrid listings={others} now={now} />
        </section>
      ) : null}
      <ReportLink listing={listing.id} />
    </article>
  )
}
