import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import applicationStyles from '~/components/applications/applications.css?url'
import { PipelineTable } from '~/components/applications/pipeline-table'
import employerStyles from '~/components/employer/employer.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { translate, useT } from '~/i18n'
import { listCompanyApplications } from '~/modules/applications/pipeline.server'
import { requireCompanyMember } from '~/http/guards.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles }, { rel: 'stylesheet', href: employerStyles },
  { rel: 'stylesheet', href: applicationStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'applications.pipeline.all')} – Passgenau` }]

/** Every application to the company's listings; `?overdue=1` keeps those waiting 14 days or more. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const onlyOverdue = new URL(request.url).searchParams.get('overdue') === '1'
  const { items } = await listCompanyApplications({ organizationId: m.organizationId, onlyOverdue })
  return { items, onlyOverdue }
}

export default function CompanyApplications() {
  const t = useT()
  const { items, onlyOverdue } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <h1>{t('applications.pipeline.all')}</h1>
      <ul className="status-filter">
        <li>
          <Link to="/employer/applications" aria-current={!onlyOverdue ? 'page' : undefined}>
            {t('applications.pipeline.showAll')}
          </Link>
        </li>
        <li>
          <Link to="/employer/applications?overdue=1" aria-current={onlyOverdue ? 'page' : undefined}>
            {t('applications.pipeline.onlyOverdue')}
          </Link>
        </li>
      </ul>
      {items.length === 0 ? <p>{t(onlyOverdue ? 'applications.dashboard.noneOverdue' : 'applications.pipeline.empty')}</p> : <PipelineTable items={items} showListing />}
    </section>
  )
}
