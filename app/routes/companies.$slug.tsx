import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { CompanyBadges, WebsiteFact } from '~/components/listing/company-badges'
import { ListingGrid } from '~/components/listing/listing-grid'
import listingStyles from '~/components/listing/listing.css?url'
import { germanContent } from '~/components/german-content'
import { translate, useLang, useT } from '~/i18n'
import { getCompanyPage } from '~/modules/companies/company.server'
import { getEnv } from '~/utils/env.server'
import { formatCount } from '~/utils/format'
import { langFromMatches } from '~/utils/meta'
import { ReportLink } from '~/components/moderation/report-link'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: listingStyles }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const pageParam = new URL(request.url).searchParams.get('page')
  const page = pageParam && /^\d{1,4}$/.test(pageParam) ? Number(pageParam) : 1
  const result = await getCompanyPage(params.slug ?? '', { page })
  if (page > result.listings.pageCount) throw new Response(null, { status: 404 })
  const path = `/companies/${encodeURIComponent(result.company.slug)}${page > 1 ? `?page=${page}` : ''}`
  return { ...result, canonical: new URL(path, getEnv().APP_ORIGIN).toString(), now: new Date().toISOString() }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const lang = langFromMatches(matches)
  if (!data) return [{ title: translate(lang, 'error.notFound.title') }]
  const { company } = data
  const title = translate(lang, 'company.meta.title', { name: company.name })
  const sector = translate(lang, `sector.${company.sector}`)
  const description = company.place
    ? translate(lang, 'company.meta.description', { name: company.name, place: company.place.name, sector })
    : translate(lang, 'company.meta.descriptionNoPlace', { name: company.name, sector })
  return [
    { title },
    { name: 'description', content: description },
    { tagName: 'link', rel: 'canonical', href: data.canonical },
    { property: 'og:title', content: company.name },
    { property: 'og:description', content: description },
    { property: 'og:url', content: data.canonical },
  ]
}

export default function CompanyPage() {
  const { company, listings, now } = useLoaderData<typeof loader>()
  const t = useT()
  const lang = useLang()
  return (
    <article className="company-page">
      <header className="listing-page__header">
        <CompanyBadges isVerified={company.isVerified} isTrainingCompany={company.isTrainingCompany} memberOf={company.memberOf} />
        <h1>{company.name}</h1>
        <p className="lead">
          {t(`sector.${company.sector}`)}
          {company.place ? ` · ${company.place.name}` : null}
        </p>
      </header>
      <div className="listing-page__layout">
        <section className="listing-section side-card" aria-labelledby="about-title">
          <h2 id="about-title">{t('company.about')}</h2>
          <div className="rich-text" {...germanContent(lang)} dangerouslySetInnerHTML={{ __html: company.descriptionHtml }} />
        </section>
        <dl className="fact-list fact-list--compact side-card">
          <div className="fact-list__row">
            <dt>{t('company.sector')}</dt>
            <dd>{t(`sector.${company.sector}`)}</dd>
          </div>
          {company.sizeBand ? (
            <div className="fact-list__row">
              <dt>{t('company.size')}</dt>
              <dd>{t(`company.size.${company.sizeBand}`)}</dd>
            </div>
          ) : null}
          {company.place ? (
            <div className="fact-list__row">
              <dt>{t('company.place')}</dt>
              <dd>
                {company.place.postalCode} {company.place.name}, {company.place.district}, {company.place.state}
              </dd>
            </div>
          ) : null}
          <WebsiteFact website={company.website} />
        </dl>
      </div>
      <section className="listing-section" aria-labelledby="listings-title">
        <h2 id="listings-title">
          {t('company.openListings')} ({formatCount(lang, listings.total)})
        </h2>
        {listings.items.length > 0 ? <ListingGrid listings={listings.items} now={now} /> : <p className="empty">{t('company.noListings')}</p>}
        {listings.pageCount > 1 ? <Pager slug={company.slug} page={listings.page} count={listings.pageCount} /> : null}
      </section>
      <ReportLink company={company.slug} />
    </article>
  )
}

function Pager({ slug, page, count }: { slug: string; page: number; count: number }) {
  const t = useT()
  const lang = useLang()
  const href = (n: number) => `/companies/${encodeURIComponent(slug)}${n > 1 ? `?page=${n}` : ''}`
  return (
    <nav className="pager" aria-label={t('company.pages')}>
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          {t('company.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('company.page', { page: formatCount(lang, page), count: formatCount(lang, count) })}</span>
      {page < count ? (
        <Link to={href(page + 1)} rel="next">
          {t('company.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
