import { redirect } from '@remix-run/node'
import type { Membership } from '~/modules/auth/membership.server'
import { checkEventForm } from '~/modules/events/events.schema'
import { createEvent, deleteEvent, getEventFormValues, listEventsOfOrganization, updateEvent } from '~/modules/events/manage-events.server'

/*
 * The events page of a chamber's staff and of a company's members work alike; only the organisation
 * (from the membership) and the page's address differ. The campaigns page follows the same pattern.
 */

const DONE = { create: 'created', update: 'updated', delete: 'deleted' } as const
export type ManagerIntent = keyof typeof DONE
export type ManagerDone = (typeof DONE)[ManagerIntent]

export const isManagerIntent = (intent: string): intent is ManagerIntent => Object.hasOwn(DONE, intent)

/** The success note a redirect asks for with `?done=`; anything else shows none. */
export function doneFrom(params: URLSearchParams): ManagerDone | null {
  const done = params.get('done')
  return (Object.values(DONE) as string[]).includes(done ?? '') ? (done as ManagerDone) : null
}

/** Where a page sends its people after a change succeeded, so reloading sends nothing twice. */
export const doneRedirect = (pagePath: string, intent: ManagerIntent) => redirect(`${pagePath}?done=${DONE[intent]}`)

/** The organisation's events and, with `?edit=<id>`, one of them in the form (404 when not the organisation's). */
export async function loadEventManager(request: Request, m: Membership) {
  const params = new URL(request.url).searchParams
  const editId = params.get('edit')
  const [events, editing] = await Promise.all([
    listEventsOfOrganization(m.organizationId),
    editId ? getEventFormValues({ organizationId: m.organizationId, eventId: editId }).then((values) => ({ id: editId, values })) : null,
  ])
  return {
    organization: m.organizationName,
    events,
    editing,
    done: doneFrom(params),
  }
}

/** create, update or delete; success redirects back (so reloading sends nothing twice), bad input is refused by the route edge (400 with field errors). */
export async function runEventManagerAction(request: Request, m: Membership, pagePath: string) {
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const eventId = String(form.get('id') ?? '')
  const org = { organizationId: m.organizationId }
  if (!isManagerIntent(intent)) return new Response('Bad Request', { status: 400 })
  // Checked here, refused by the module: an update only after its ownership check.
  if (intent === 'create') await createEvent({ ...org, userId: m.user.id, input: checkEventForm(Object.fromEntries(form)) })
  else if (intent === 'update') await updateEvent({ ...org, eventId, input: checkEventForm(Object.fromEntries(form)) })
  else await deleteEvent({ ...org, eventId })
  return doneRedirect(pagePath, intent)
}
