import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { DoneNotice } from '~/components/employer/done-notice'
import employerStyles from '~/components/employer/employer.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { ListingTable } from '~/components/employer/listing-table'
import { FormMessage } from '~/components/form/field'
import { translate, useT } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { parseListingId } from '~/modules/listings/listing-id'
import { publishListing, renewListing } from '~/modules/listings/listing-lifecycle.server'
import { duplicateListing, listCompanyListings } from '~/modules/listings/manage.server'
import type { FormState } from '~/utils/action-data'
import { langFromMatches } from '~/utils/meta'
import { LISTING_STATUSES, type ListingStatus } from '../../values/listings'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: formLayoutStyles }, { rel: 'stylesheet', href: employerStyles }]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'employer.listings.title')} – Passgenau` }]

const isStatus = (value: string | null): value is ListingStatus => (LISTING_STATUSES as readonly (string | null)[]).includes(value)

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const asked = new URL(request.url).searchParams.get('status')
  const status = isStatus(asked) ? asked : undefined
  const { items, counts } = await listCompanyListings({ organizationId: m.organizationId, status })
  return { items, counts, status: status ?? null, company: m.organizationName }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const scope = { organizationId: m.organizationId, listingId: parseListingId(String(form.get('listingId') ?? '')) }
  if (intent === 'duplicate') return redirect(`/employer/listings/${await duplicateListing(scope)}?done=duplicated`)
  if (intent === 'renew') await renewListing({ ...scope, actor: m.user })
  else if (intent === 'publish') await publishListing({ ...scope, actor: m.user })
  else throw new Response('Bad Request', { status: 400 })
  return redirect(`/employer/listings?done=${intent === 'renew' ? 'renewed' : 'published'}`)
}

// Publishing from the list cannot show fields or hints: those refusals point to the listing's page.
const NEEDS_REVIEW = new Set(['employer.fairWording.found', 'form.errorSummary'])

export default function EmployerListings() {
  const t = useT()
  const { items, counts, status, company } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string }>()
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  const filters: Array<{ value: ListingStatus | null; count: number }> = [{ value: null, count: total }, ...LISTING_STATUSES.map((s) => ({ value: s, count: counts[s] }))]
  return (
    <section className="stack">
      <h1>
        {t('employer.listings.title')} – {company}
      </h1>
      <DoneNotice />
      <FormMessage error={NEEDS_REVIEW.has(result?.formError ?? '') ? 'employer.listings.publishNeedsReview' : result?.formError} />
      <p>
        <Link to="/employer/listings/new" className="button button--primary">
          {t('employer.listing.newTitle')}
        </Link>{' '}
        <Link to="/employer/listings/import" className="button">
          {t('imports.title')}
        </Link>
      </p>
      <nav aria-label={t('employer.listings.filter')}>
        <ul className="status-filter">
          {filters.map((f) => (
            <li key={f.value ?? 'all'}>
              <Link to={f.value ? `/employer/listings?status=${f.value}` : '/employer/listings'} aria-current={f.value === status ? 'page' : undefined}>
                {t(f.value ? `employer.statusFilter.${f.value}` : 'employer.statusFilter.all', { count: f.count })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items.length ? <ListingTable items={items} /> : <p>{t(total ? 'employer.listings.noneWithStatus' : 'employer.listings.none')}</p>}
    </section>
  )
}
