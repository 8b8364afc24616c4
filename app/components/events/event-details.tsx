import { Link } from '@remix-run/react'
import { useT } from '~/i18n'
import type { EventDetail } from '~/modules/events/events.server'
import { CalendarIcon } from '../icons'
import { isWebUrl, websiteLabel } from '../listing/company-badges'
import { EventKindBadge, EventPlace } from './event-list'
import { EventTime } from './event-time'

/** The page of an upcoming event: what, when, where, who, and a calendar file to take along. */
export function EventDetails({ event }: { event: EventDetail }) {
  const t = useT()
  return (
    <article className="listing-page event-page">
      <p className="listing-page__back">
        <Link to="/events">{t('events.detail.back')}</Link>
      </p>
      <header className="listing-page__header">
        <p className="listing-page__badges">
          <EventKindBadge kind={event.kind} />
        </p>
        <h1>{event.title}</h1>
        <p className="lead">
          {event.organizer.name} · {event.place.name}
        </p>
      </header>
      <div className="listing-page__layout">
        <section className="listing-section side-card" aria-labelledby="event-about">
          <h2 id="event-about">{t('events.detail.about')}</h2>
          {event.descriptionHtml ? (
            // Rendered from Markdown and sanitized on the server (markdown.server.ts).
            <div className="rich-text" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
          ) : (
            <p className="muted">{t('events.detail.noDescription')}</p>
          )}
        </section>
        <div className="side-card event-page__facts">
          <dl className="fact-list fact-list--compact">
            <div className="fact-list__row">
              <dt>{t('events.field.when')}</dt>
              <dd>
                <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />
              </dd>
            </div>
            <div className="fact-list__row">
              <dt>{t('events.field.where')}</dt>
              <dd>
                <EventPlace event={event} />, {event.place.state}
              </dd>
            </div>
            <div className="fact-list__row">
              <dt>{t('events.field.organizer')}</dt>
              <dd>
                <Link to={event.organizer.path}>{event.organizer.name}</Link>
              </dd>
            </div>
            {event.url && isWebUrl(event.url) ? (
              <div className="fact-list__row">
                <dt>{t('events.field.url')}</dt>
                <dd>
                  <a href={event.url} rel="noopener nofollow ugc">
                    {websiteLabel(event.url)}
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
          {/* A plain link: the file is an attachment, so the page stays where it is, with or without JavaScript. */}
          <a href={`${event.path}.ics`} className="button icon-link" download>
            <CalendarIcon />
            {t('events.detail.calendar')}
          </a>
        </div>
      </div>
    </article>
  )
}
