import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { EventManager } from '~/components/events/event-manager'
import eventStyles from '~/components/events/events.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { translate } from '~/i18n'
import { requireChamberStaff } from '~/http/guards.server'
import { loadEventManager, runEventManagerAction } from '~/http/event-manager.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: eventStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'events.manage.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  return loadEventManager(request, await requireChamberStaff(context, request))
}

export async function action({ request, context }: ActionFunctionArgs) {
  return runEventManagerAction(request, await requireChamberStaff(context, request), '/chamber/events')
}

export default function ChamberEvents() {
  return <EventManager areaPath="/chamber" areaLabel="nav.chamber" />
}
