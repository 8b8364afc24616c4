import { Link, useActionData, useLoaderData, useLocation } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import { useT, type MessageKey } from '~/i18n'
import type { loadEventManager } from '~/http/event-manager.server'
import type { FormState } from '~/utils/action-data'
import { EditDeleteActions } from './edit-delete-actions'
import { EventForm } from './event-form'
import { EventKindBadge } from './event-list'
import { EventTime } from './event-time'
import { TableRegion } from '~/components/table-region'

type Result = FormState & { intent?: string; id?: string }

/** The events page of a chamber's staff or a company's members: their events, and a form to add or edit one. */
export function EventManager({ areaPath, areaLabel }: { areaPath: string; areaLabel: MessageKey }) {
  const t = useT()
  const { organization, events, editing, done } = useLoaderData<typeof loadEventManager>()
  const result = useActionData<Result>()
  // A redirect after saving is a new location: the form starts empty again instead of keeping what was typed.
  const location = useLocation()
  const pagePath = `${areaPath}/events`
  const failed = result && !result.ok && (result.intent === 'create' || result.intent === 'update') ? result : undefined
  const editingId = failed ? (failed.intent === 'update' ? (failed.id ?? null) : null) : (editing?.id ?? null)
  const state: FormState = failed ?? { ok: true, values: editing?.values ?? {} }
  return (
    <section className="stack event-manager">
      <p>
        <Link to={areaPath}>{t(areaLabel)}</Link>
      </p>
      <h1>
        {t('events.manage.title')} – {organization}
      </h1>
      <p>{t('events.manage.intro')}</p>
      {done ? <FormMessage success={t(`events.manage.done.${done}`)} /> : null}
      <h2>{t('events.manage.list')}</h2>
      {events.length > 0 ? (
        <TableRegion label={t('events.manage.list')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('events.form.title')}</th>
                <th scope="col">{t('events.form.kind')}</th>
                <th scope="col">{t('events.field.when')}</th>
                <th scope="col">{t('events.form.place')}</th>
                <th scope="col">{t('events.manage.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>
                    {event.isPast ? (
                      <>
                        {event.title} <span className="muted">({t('events.manage.past')})</span>
                      </>
                    ) : (
                      <Link to={event.path}>{event.title}</Link>
                    )}
                  </td>
                  <td>
                    <EventKindBadge kind={event.kind} />
                  </td>
                  <td>
                    <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />
                  </td>
                  <td>{event.placeName}</td>
                  <td>
                    {/* A past event can no longer be saved (its end would lie in the past), only deleted. */}
                    <EditDeleteActions id={event.id} title={event.title} editHref={event.isPast ? null : `${pagePath}?edit=${event.id}#event-form`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p className="empty">{t('events.manage.empty')}</p>
      )}
      <EventForm key={`${editingId ?? 'new'}-${location.key}`} state={state} editingId={editingId} pagePath={pagePath} />
    </section>
  )
}
