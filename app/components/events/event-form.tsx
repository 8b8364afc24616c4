import { Form, Link } from '@remix-run/react'
import { SelectField, TextAreaField } from '~/components/form/form-controls'
import { useSuggestions } from '~/components/form/use-suggestions'
import { Field, FormMessage } from '~/components/form/field'
import { useLang, useT } from '~/i18n'
import { EVENT_DESCRIPTION_MAX, EVENT_TITLE_MAX } from '~/modules/events/events.schema'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { formatCount } from '~/utils/format'
import { EVENT_KINDS } from '../../../values/chambers'

/** Create or edit one event; times are German wall-clock times. */
export function EventForm({ state, editingId, pagePath }: { state: FormState; editingId: string | null; pagePath: string }) {
  const t = useT()
  const lang = useLang()
  const places = useSuggestions(
    (q) => `/api/places?${new URLSearchParams({ q })}`,
    (json) => (json as { places: Array<{ value: string; label: string }> }).places,
  )
  const field = (name: string) => ({ name, defaultValue: valueOf(state, name), error: fieldError(state, name) })
  return (
    <Form method="post" noValidate className="stack event-form" id="event-form" aria-labelledby="event-form-title">
      <h2 id="event-form-title">{t(editingId ? 'events.form.editTitle' : 'events.form.newTitle')}</h2>
      <FormMessage error={state.formError} />
      <input type="hidden" name="intent" value={editingId ? 'update' : 'create'} />
      {editingId ? <input type="hidden" name="id" value={editingId} /> : null}
      <SelectField
        {...field('kind')}
        label="events.form.kind"
        options={[{ value: '', label: t('events.form.kindChoose') }, ...EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kind.${kind}`) }))]}
      />
      <Field {...field('title')} label="events.form.title" hint="events.form.titleHint" />
      <TextAreaField {...field('description')} label="events.form.description" hintText={t('events.form.descriptionHint', { max: formatCount(lang, EVENT_DESCRIPTION_MAX), titleMax: EVENT_TITLE_MAX })} rows={8} />
      <div className="form-grid">
        <Field {...field('place')} label="events.form.place" hint="employer.place.hint" list="event-place-suggestions" autoComplete="off" onChange={(e) => places.onQuery(e.currentTarget.value)} />
        <datalist id="event-place-suggestions">
          {places.items.map((p) => (
            <option key={p.value + p.label} value={p.value}>
              {p.label}
            </option>
          ))}
        </datalist>
        <Field {...field('venue')} label="events.form.venue" hint="events.form.venueHint" />
        <Field {...field('startsAt')} type="datetime-local" label="events.form.startsAt" hint="events.form.timeHint" />
        <Field {...field('endsAt')} type="datetime-local" label="events.form.endsAt" hint="events.form.timeHint" />
      </div>
      <Field {...field('url')} inputMode="url" label="events.form.url" hint="events.form.urlHint" />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t(editingId ? 'events.form.save' : 'events.form.create')}
        </button>
        {editingId ? <Link to={pagePath}>{t('events.form.cancel')}</Link> : null}
      </div>
    </Form>
  )
}
