import type { LoaderFunctionArgs } from '@remix-run/node'
import { getPublicEvent, eventLocation } from '~/modules/events/events.server'
import { toICalendar } from '~/modules/events/ics'
import { getEnv } from '~/utils/env.server'
import { slugify } from '~/utils/slug'

const text = (status: number, body: string) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await getPublicEvent(params.id ?? '')
  if (found.isPast) return text(410, 'Gone: this event is over.')
  const { event } = found
  const origin = getEnv().APP_ORIGIN
  const url = new URL(event.path, origin).toString()
  const body = toICalendar(
    {
      id: event.id,
      title: event.title,
      description: event.description ? `${event.description}\n\n${url}` : url,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      updatedAt: event.updatedAt,
      location: eventLocation(event),
      url,
      geo: { lat: event.place.lat, lng: event.place.lng },
    },
    { host: new URL(origin).hostname },
  )
  const filename = `${slugify(event.title, 60) || 'veranstaltung'}.ics`
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-cache',
    },
  })
}
