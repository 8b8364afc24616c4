import { Link } from '@remix-run/react'
import { useT } from '~/i18n'
import type { EventSummary } from '~/modules/events/events.server'
import { BuildingIcon, CalendarIcon, PinIcon } from '../icons'
import { useDistrictName } from './chamber-place'
import { EventTime } from './event-time'

/** Venue, postal code and place, and the district (named by the dictionary in the Harz). */
export function EventPlace({ event }: { event: Pick<EventSummary, 'venue' | 'place'> }) {
  const districtName = useDistrictName()
  const { place } = event
  return (
    <>
      {event.venue ? `${event.venue}, ` : null}
      {place.postalCode} {place.name} ({districtName(place)})
    </>
  )
}

export function EventKindBadge({ kind }: { kind: EventSummary['kind'] }) {
  const t = useT()
  return <span className={`badge badge--event badge--${kind.replace('_', '-')}`}>{t(`events.kind.${kind}`)}</span>
}

/** Upcoming events as cards; `headingLevel` fits the list under the page's own headings. */
export function EventList({ events, headingLevel = 2 }: { events: EventSummary[]; headingLevel?: 2 | 3 }) {
  const t = useT()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <article className="event-card">
            <Heading className="event-card__title">
              <Link to={event.path}>{event.title}</Link>
            </Heading>
            <p className="event-card__kind">
              <EventKindBadge kind={event.kind} />
            </p>
            <dl className="facts">
              <Fact label={t('events.field.when')} icon={<CalendarIcon />}>
                <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />
              </Fact>
              <Fact label={t('events.field.where')} icon={<PinIcon />}>
                <EventPlace event={event} />
              </Fact>
              <Fact label={t('events.field.organizer')} icon={<BuildingIcon />}>
                <Link to={event.organizer.path}>{event.organizer.name}</Link>
              </Fact>
            </dl>
          </article>
        </li>
      ))}
    </ul>
  )
}

function Fact({ label, icon, children }: { label: string; icon: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="facts__row">
      <dt className="visually-hidden">{label}</dt>
      <dd>
        {icon}
        <span>{children}</span>
      </dd>
    </div>
  )
}
