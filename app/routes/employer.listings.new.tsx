import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import employerStyles from '~/components/employer/employer.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { ListingForm } from '~/components/employer/listing-form'
import { OccupationPicker } from '~/components/employer/occupation-picker'
import { translate, useT } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { listingFormInput, listingFormValues } from '~/modules/listings/listing-form'
import { parseListingForm } from '~/modules/listings/listing-form.schema'
import { createListing, newListingValues } from '~/modules/listings/manage.server'
import { renderMarkdown } from '~/modules/listings/markdown.server'
import { pickOccupationFromUrl } from '~/modules/listings/occupations.server'
import { listingFormFailure } from '~/http/listing-form-failure.server'
import type { FormState } from '~/utils/action-data'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: formLayoutStyles }, { rel: 'stylesheet', href: employerStyles }]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'employer.listing.newTitle')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const pick = await pickOccupationFromUrl(new URL(request.url), 'ausbildung')
  const values = pick.chosen ? await newListingValues({ organizationId: m.organizationId, offerType: pick.offerType, occupation: pick.chosen }) : null
  return { ...pick, values, isVerified: m.user.isVerified }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? 'save')
  if (intent === 'preview') {
    return { ok: true, intent, values: listingFormValues(form), previewHtml: renderMarkdown(String(form.get('description') ?? '')) }
  }
  try {
    const id = await createListing({
      organizationId: m.organizationId,
      actor: m.user,
      input: parseListingForm(listingFormInput(form)),
      publish: intent === 'publish',
      confirmFairWording: form.get('fairWordingConfirmed') === 'on',
    })
    return redirect(intent === 'publish' ? `/employer/listings/${id}/published` : `/employer/listings/${id}?done=saved`)
  } catch (error) {
    return listingFormFailure(error, form, intent)
  }
}

export default function NewListing() {
  const t = useT()
  const { offerType, query, matches, chosen, values, isVerified } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { previewHtml?: string }>()
  const state: FormState = result ?? { ok: true, values: values ?? {} }
  const occupationName = chosen?.name ?? ''
  return (
    <section className="stack">
      <p>
        <Link to="/employer/listings">{t('employer.listings.back')}</Link>
      </p>
      <h1>{t('employer.listing.newTitle')}</h1>
      <p>{t('employer.listing.newIntro')}</p>
      <OccupationPicker offerType={offerType} query={query} matches={matches} chosen={chosen} withOfferType />
      {chosen || result ? (
        <ListingForm key={chosen?.id} state={state} occupationName={occupationName} previewHtml={result?.previewHtml} isVerified={isVerified} />
      ) : null}
    </section>
  )
}
