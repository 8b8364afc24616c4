import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { CampaignManager } from '~/components/events/campaign-manager'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import eventStyles from '~/components/events/events.css?url'
import { translate } from '~/i18n'
import { requireChamberStaff } from '~/http/guards.server'
import { createCampaign, deleteCampaign, getCampaign, listCampaignsOfChamber, updateCampaign } from '~/modules/chambers/campaigns.server'
import { checkCampaignFields } from '~/modules/events/events.schema'
import { doneFrom, doneRedirect, isManagerIntent } from '~/http/event-manager.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: eventStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'events.campaigns.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  const params = new URL(request.url).searchParams
  const editId = params.get('edit')
  const [campaigns, editing] = await Promise.all([
    listCampaignsOfChamber(m.organizationId),
    editId ? getCampaign({ chamberId: m.organizationId, campaignId: editId }) : null,
  ])
  return { chamber: m.organizationName, campaigns, editing, done: doneFrom(params) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const ids = { chamberId: m.organizationId, campaignId: String(form.get('id') ?? '') }
  if (!isManagerIntent(intent)) return new Response('Bad Request', { status: 400 })
  if (intent === 'create') await createCampaign({ chamberId: m.organizationId, input: checkCampaignFields(Object.fromEntries(form)) })
  else if (intent === 'update') await updateCampaign({ ...ids, input: checkCampaignFields(Object.fromEntries(form)) })
  else await deleteCampaign(ids)
  return doneRedirect('/chamber/campaigns', intent)
}

export default function ChamberCampaigns() {
  return <CampaignManager />
}
