import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { CasePage } from '~/components/moderation/case-page'
import moderationStyles from '~/components/moderation/moderation.css?url'
import { translate } from '~/i18n'
import { requireAdmin } from '~/http/guards.server'
import { loadCase, submitDecision } from '~/http/moderation-case.server'
import type { FormState } from '~/utils/action-data'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: moderationStyles }]
export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'moderation.case.title')} – Passgenau` }]

const asAdmin = (userId: string) => ({ userId, chamberId: null })

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const admin = requireAdmin(context, request)
  return loadCase(asAdmin(admin.id), params.case)
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const admin = requireAdmin(context, request)
  return submitDecision(asAdmin(admin.id), params.case, request)
}

export default function AdminCase() {
  const data = useLoaderData<typeof loader>()
  const state = useActionData<FormState>()
  return <CasePage data={data} state={state} backTo="/admin/moderation" canSuspend companyLink={`/admin/companies/${data.company.id}`} />
}
