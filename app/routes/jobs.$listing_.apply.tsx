import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { ApplyForm } from '~/components/applications/apply-form'
import applicationStyles from '~/components/applications/applications.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { translate, useT } from '~/i18n'
import { applyToListing, getApplyPage } from '~/modules/applications/apply.server'
import { ApplyForm as ApplySchema } from '~/modules/applications/applications.schema'
import { requireSeeker } from '~/http/guards.server'
import type { FormState } from '~/utils/action-data'
import { formFailure } from '~/utils/error-responses.server'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'
import { listingIdOf } from '~/modules/listings/listing-id'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: applicationStyles },
]

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: `${translate(langFromMatches(matches), 'applications.apply.title', { title: data?.listing.title ?? '' })} – Passgenau` },
  { name: 'robots', content: 'noindex' },
]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = requireSeeker(context, request)
  const page = await getApplyPage({ listingId: listingIdOf(params.listing, { slug: true }) ?? -1, seekerId: user.id })
  // One application per listing: a second visit shows the first.
  if (page.existingId) throw redirect(`/me/applications/${page.existingId}?done=already`)
  return page
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireSeeker(context, request)
  const form = await request.formData()
  const documentIds = form.getAll('documentIds').map(String)
  try {
    const input = parseWith(ApplySchema, { coverLetter: String(form.get('coverLetter') ?? ''), documentIds })
    const result = await applyToListing({ listingId: listingIdOf(params.listing, { slug: true }) ?? -1, seekerId: user.id, input })
    return redirect(`/me/applications/${result.id}?done=${result.isNew ? 'applied' : 'already'}`)
  } catch (error) {
    // The ticked documents travel back as one value: the page ticks them again.
    return formFailure(error, form, { documentIds: documentIds.join(',') })
  }
}

export default function ApplyPage() {
  const t = useT()
  const page = useLoaderData<typeof loader>()
  const result = useActionData<FormState>()
  return (
    <section className="narrow stack">
      <p>
        <Link to={page.listing.path}>{t('applications.apply.backToListing')}</Link>
      </p>
      <h1>{t('applications.apply.title', { title: page.listing.title })}</h1>
      <p className="lead">
        {page.listing.companyName} · {page.listing.placeName}
      </p>
      {page.refusal ? (
        <p className="alert alert--info">{t(page.refusal === 'closed' ? 'applications.apply.closed' : 'applications.apply.deadlinePassed')}</p>
      ) : !page.isVerified ? (
        <div className="alert alert--info stack">
          <p>{t('applications.apply.unverified')}</p>
          <p>
            <Link to="/me/account">{t('applications.apply.toAccount')}</Link>
          </p>
        </div>
      ) : (
        <ApplyForm facts={page.facts} documents={page.documents} state={result} />
      )}
    </section>
  )
}
