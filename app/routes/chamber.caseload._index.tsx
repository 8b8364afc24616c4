import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { CaseloadTable } from '~/components/counselling/caseload-table'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { translate, useT } from '~/i18n'
import { requireChamberStaff } from '~/http/guards.server'
import { listCaseload } from '~/modules/counselling/caseload.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: formLayoutStyles }]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'counselling.caseload.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  return { chamber: m.organizationName, cases: await listCaseload(m.organizationId) }
}

export default function Caseload() {
  const t = useT()
  const { chamber, cases } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <h1>{t('counselling.caseload.title')}</h1>
      <p className="lead">{t('counselling.caseload.intro', { chamber })}</p>
      {cases.length === 0 ? <p>{t('counselling.caseload.empty', { chamber })}</p> : <CaseloadTable cases={cases} />}
    </section>
  )
}
