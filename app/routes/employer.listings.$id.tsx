import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { DoneNotice } from '~/components/employer/done-notice'
import employerStyles from '~/components/employer/employer.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { LifecycleActions } from '~/components/employer/lifecycle-actions'
import { ListingForm } from '~/components/employer/listing-form'
import { OccupationPicker } from '~/components/employer/occupation-picker'
import { translate, useT } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { listingFormInput, listingFormValues } from '~/modules/listings/listing-form'
import { CloseForm, parseListingForm } from '~/modules/listings/listing-form.schema'
import { parseListingId } from '~/modules/listings/listing-id'
import { closeListing, renewListing } from '~/modules/listings/listing-lifecycle.server'
import { duplicateListing, getCompanyListing, updateListing } from '~/modules/listings/manage.server'
import { renderMarkdown } from '~/modules/listings/markdown.server'
import { pickOccupationFromUrl } from '~/modules/listings/occupations.server'
import { listingFormFailure } from '~/http/listing-form-failure.server'
import type { FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: formLayoutStyles }, { rel: 'stylesheet', href: employerStyles }]

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: `${data?.listing.values.title ?? translate(langFromMatches(matches), 'employer.listings.title')} – Passgenau` },
]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const listing = await getCompanyListing({ organizationId: m.organizationId, listingId: parseListingId(params.id) })
  const pick = await pickOccupationFromUrl(new URL(request.url), listing.values.offerType)
  // A newly picked occupation replaces the stored one in the form; the title stays as written.
  const occupation = pick.chosen ?? listing.occupation
  const values = { ...listing.values, occupationId: String(occupation.id) }
  return { listing: { ...listing, values }, occupationName: occupation.name, pick, isVerified: m.user.isVerified }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? 'save')
  const now = new Date()
  try {
    const scope = { organizationId: m.organizationId, listingId: parseListingId(params.id) }
    const here = `/employer/listings/${scope.listingId}`
    switch (intent) {
      case 'preview':
        await getCompanyListing(scope)
        return { ok: true, intent, values: listingFormValues(form), previewHtml: renderMarkdown(String(form.get('description') ?? '')) }
      case 'save':
      case 'publish':
        await updateListing({
          ...scope,
          actor: m.user,
          input: parseListingForm(listingFormInput(form)),
          publish: intent === 'publish',
          confirmFairWording: form.get('fairWordingConfirmed') === 'on',
          now,
        })
        return redirect(intent === 'publish' ? `${here}/published` : `${here}?done=saved`)
      case 'renew':
        await renewListing({ ...scope, actor: m.user, now })
        return redirect(`${here}?done=renewed`)
      case 'close':
        await closeListing({ ...scope, ...parseWith(CloseForm, { reason: String(form.get('reason') ?? '') }), now })
        return redirect(`${here}?done=closed`)
      case 'duplicate':
        return redirect(`/employer/listings/${await duplicateListing({ ...scope, now })}?done=duplicated`)
      default:
        throw new Response('Bad Request', { status: 400 })
    }
  } catch (error) {
    return listingFormFailure(error, form, intent)
  }
}

export default function EditListing() {
  const t = useT()
  const { listing, occupationName, pick, isVerified } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string; previewHtml?: string }>()
  const isFormResult = result?.intent === 'save' || result?.intent === 'publish' || result?.intent === 'preview'
  const state: FormState = isFormResult ? result : { ok: true, values: listing.values }
  return (
    <section className="stack">
      <p>
        <Link to="/employer/listings">{t('employer.listings.back')}</Link>
      </p>
      <h1>{listing.values.title}</h1>
      <p>
        <Link to={`/employer/listings/${listing.id}/applications`}>{t('applications.pipeline.open')}</Link>
      </p>
      <DoneNotice />
      <LifecycleActions
        status={listing.status}
        closedReason={listing.closedReason}
        publishedAt={listing.publishedAt}
        expiresAt={listing.expiresAt}
        formError={isFormResult ? undefined : result?.formError}
        reasonError={isFormResult ? undefined : result?.fieldErrors?.reason}
      />
      {listing.status !== 'closed' ? (
        <>
          <OccupationPicker offerType={listing.values.offerType} query={pick.query} matches={pick.matches} chosen={pick.chosen} />
          <ListingForm
            key={`${listing.values.occupationId}-${listing.updatedAt}`}
            state={state}
            occupationName={occupationName}
            status={listing.status}
            previewHtml={isFormResult ? result?.previewHtml : undefined}
            isVerified={isVerified}
          />
        </>
      ) : null}
    </section>
  )
}
