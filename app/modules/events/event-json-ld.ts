import { markdownToPlainText } from '../../../search/plain-text'
import { toBerlinIso } from '~/utils/berlin-time'

/** What an event's JSON-LD is built from; the event page's data satisfies it. */
export interface EventJsonLdSource {
  path: string
  title: string
  description: string
  startsAt: string
  endsAt: string
  venue: string
  place: { name: string; postalCode: string; state: string; lat: number; lng: number }
  organizer: { name: string; path: string; website: string | null }
}

/**
 * schema.org Event with what Google asks for (name, startDate, location) and what it recommends
 * (endDate, eventStatus, attendance mode, organizer, description). Times carry Germany's offset, so
 * they read right without a time zone. Only upcoming events get it: a past event's page answers 410.
 */
export function toEventJsonLd(event: EventJsonLdSource, origin: string) {
  const description = markdownToPlainText(event.description) || event.title
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description,
    url: new URL(event.path, origin).toString(),
    startDate: toBerlinIso(event.startsAt),
    endDate: toBerlinIso(event.endsAt),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.venue || event.place.name,
      address: {
        '@type': 'PostalAddress',
        ...(event.venue ? { streetAddress: event.venue } : {}),
        postalCode: event.place.postalCode,
        addressLocality: event.place.name,
        addressRegion: event.place.state,
        addressCountry: 'DE',
      },
      geo: { '@type': 'GeoCoordinates', latitude: event.place.lat, longitude: event.place.lng },
    },
    organizer: {
      '@type': 'Organization',
      name: event.organizer.name,
      url: new URL(event.organizer.path, origin).toString(),
      ...(event.organizer.website ? { sameAs: event.organizer.website } : {}),
    },
  }
}

export type EventJsonLd = ReturnType<typeof toEventJsonLd>
