import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { ApplicationsNotice } from '~/components/applications/applications-notice'
import applicationStyles from '~/components/applications/applications.css?url'
import { PipelineBoard } from '~/components/applications/pipeline-board'
import { PipelineTable } from '~/components/applications/pipeline-table'
import employerStyles from '~/components/employer/employer.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { FormMessage } from '~/components/form/field'
import { translate, useLang, useT } from '~/i18n'
import { StatusForm } from '~/modules/applications/applications.schema'
import { changeApplicationStatus } from '~/modules/applications/pipeline-actions.server'
import { listCompanyApplications } from '~/modules/applications/pipeline.server'
import { requireCompanyMember } from '~/http/guards.server'
import { parseListingId } from '~/modules/listings/listing-id'
import type { FormState } from '~/utils/action-data'
import { checkWith } from '~/utils/form-check'
import { pluralKey } from '~/utils/format'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles }, { rel: 'stylesheet', href: employerStyles },
  { rel: 'stylesheet', href: applicationStyles },
]

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: `${translate(langFromMatches(matches), 'applications.pipeline.title', { title: data?.listing?.title ?? '' })} – Passgenau` },
]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  return await listCompanyApplications({ organizationId: m.organizationId, listingId: parseListingId(params.id) })
}

/** The board's move buttons; the change is scoped to the member's company, so another company's application is a 404. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const form = await request.formData()
  const listingId = parseListingId(params.id)
  if (form.get('intent') !== 'move') throw new Response('Bad Request', { status: 400 })
  const applicationId = String(form.get('applicationId') ?? '')
  await changeApplicationStatus({ organizationId: m.organizationId, applicationId, actorId: m.user.id, input: checkWith(StatusForm, { status: form.get('status') }) })
  return redirect(`/employer/listings/${listingId}/applications?view=board&done=status`)
}

export default function ListingApplications() {
  const t = useT()
  const lang = useLang()
  const { listing, items } = useLoaderData<typeof loader>()
  const result = useActionData<FormState>()
  const [params] = useSearchParams()
  const isBoard = params.get('view') === 'board'
  const here = `/employer/listings/${listing!.id}/applications`
  return (
    <section className="stack">
      <p>
        <Link to={`/employer/listings/${listing!.id}`}>{t('applications.pipeline.backToListing')}</Link>
      </p>
      <h1>{t('applications.pipeline.title', { title: listing!.title })}</h1>
      <ApplicationsNotice />
      <FormMessage error={result?.formError ?? result?.fieldErrors?.status} />
      <p>{t(pluralKey(lang, items.length, { one: 'applications.pipeline.count.one', other: 'applications.pipeline.count.other' }), { count: items.length })}</p>
      {items.length > 0 && (
        <p>
          <a href={`/employer/listings/${listing!.id}/applicants.csv`} download>
            {t('dashboard.action.csv')}
          </a>
        </p>
      )}
      <nav aria-label={t('applications.pipeline.view')}>
        <ul className="status-filter">
          <li>
            <Link to={here} aria-current={!isBoard ? 'page' : undefined}>
              {t('applications.pipeline.list')}
            </Link>
          </li>
          <li>
            <Link to={`${here}?view=board`} aria-current={isBoard ? 'page' : undefined}>
              {t('applications.pipeline.board')}
            </Link>
          </li>
        </ul>
      </nav>
      {items.length === 0 ? <p>{t('applications.pipeline.empty')}</p> : isBoard ? <PipelineBoard items={items} /> : <PipelineTable items={items} />}
    </section>
  )
}
