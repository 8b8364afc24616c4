import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { CasePage } from '~/components/moderation/case-page'
import moderationStyles from '~/components/moderation/moderation.css?url'
import { translate } from '~/i18n'
import { requireChamberStaff } from '~/http/guards.server'
import { loadCase, submitDecision } from '~/http/moderation-case.server'
import type { FormState } from '~/utils/action-data'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: moderationStyles }]
export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'moderation.case.title')} – Passgenau` }]

const asStaff = async (context: LoaderFunctionArgs['context'], request: Request) => {
  const m = await requireChamberStaff(context, request)
  return { userId: m.user.id, chamberId: m.organizationId }
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return loadCase(await asStaff(context, request), params.case)
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  return submitDecision(await asStaff(context, request), params.case, request)
}

// Suspending a company from the whole site is the operator's decision: chamber staff get the other actions.
export default function ChamberCase() {
  const data = useLoaderData<typeof loader>()
  const state = useActionData<FormState>()
  return <CasePage data={data} state={state} backTo="/chamber/moderation" canSuspend={false} />
}
