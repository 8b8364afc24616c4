import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import employerStyles from '~/components/employer/employer.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { ShareListing } from '~/components/employer/share-listing'
import { translate, useLang, useT } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { parseListingId } from '~/modules/listings/listing-id'
import { getCompanyListing } from '~/modules/listings/manage.server'
import { getEnv } from '~/utils/env.server'
import { formatDate } from '~/utils/format'
import { langFromMatches } from '~/utils/meta'
import { listingPath } from '~/utils/slug'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: formLayoutStyles }, { rel: 'stylesheet', href: employerStyles }]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'employer.published.title')} – Passgenau` }]

/** Where publishing leads: the public link, what happens next, how to pass the ad on. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const listing = await getCompanyListing({ organizationId: m.organizationId, listingId: parseListingId(params.id) })
  // Only a listing that went live (or was held for review on the way) has anything to share.
  if (listing.status !== 'published' && listing.status !== 'held') throw redirect(`/employer/listings/${listing.id}`)
  const path = listingPath(listing.id, listing.values.title)
  return {
    id: listing.id,
    title: listing.values.title,
    isHeld: listing.status === 'held',
    expiresAt: listing.expiresAt,
    path,
    url: `${getEnv().APP_ORIGIN}${path}`,
  }
}

export default function ListingPublished() {
  const t = useT()
  const lang = useLang()
  const { id, title, isHeld, expiresAt, path, url } = useLoaderData<typeof loader>()
  return (
    <section className="stack published">
      <h1>{t(isHeld ? 'employer.published.heldTitle' : 'employer.published.title')}</h1>
      <p role="status" className={`alert ${isHeld ? 'alert--info' : 'alert--success'}`}>
        {t(isHeld ? 'employer.published.held' : 'employer.done.published')}
      </p>
      <p className="published__listing" lang="de" dir="ltr">
        {isHeld ? title : <Link to={path}>{title}</Link>}
      </p>
      {isHeld ? null : (
        <section className="stack" aria-labelledby="share-title">
          <h2 id="share-title">{t('employer.published.shareTitle')}</h2>
          <p>
            <Link to={path}>{t('employer.published.view')}</Link>
          </p>
          <ShareListing url={url} title={title} />
        </section>
      )}
      <section className="stack" aria-labelledby="next-title">
        <h2 id="next-title">{t('employer.published.nextTitle')}</h2>
        {isHeld ? (
          <ul>
            <li>{t('employer.published.next.review')}</li>
            <li>{t('employer.published.next.reviewMail')}</li>
            <li>
              <Link to="/employer/moderation">{t('employer.published.next.moderation')}</Link>
            </li>
          </ul>
        ) : (
          <ul>
            <li>{t('employer.published.next.search')}</li>
            {expiresAt ? <li>{t('employer.published.next.expires', { date: formatDate(lang, expiresAt) })}</li> : null}
            <li>
              {t('employer.published.next.applications')}{' '}
              <Link to={`/employer/listings/${id}/applications`}>{t('applications.pipeline.open')}</Link>
            </li>
          </ul>
        )}
      </section>
      <ul className="published__links">
        <li>
          <Link to={`/employer/listings/${id}`}>{t('employer.published.edit')}</Link>
        </li>
        <li>
          <Link to="/employer/listings/new">{t('employer.published.another')}</Link>
        </li>
        <li>
          <Link to="/employer/listings">{t('employer.listings.back')}</Link>
        </li>
      </ul>
    </section>
  )
}
