import { Form, Link, useActionData, useLoaderData, useLocation } from '@remix-run/react'
import { TextAreaField } from '~/components/form/form-controls'
import { Field, FormMessage } from '~/components/form/field'
import { useLang, useT } from '~/i18n'
import type { Campaign } from '~/modules/chambers/campaigns.server'
import type { ManagerDone } from '~/http/event-manager.server'
import { EVENT_DESCRIPTION_MAX } from '~/modules/events/events.schema'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { formatCount, formatDate } from '~/utils/format'
import { EditDeleteActions } from './edit-delete-actions'
import { TableRegion } from '~/components/table-region'

type Result = FormState & { intent?: string; id?: string }
interface Loaded {
  chamber: string
  campaigns: Campaign[]
  editing: Campaign | null
  done: ManagerDone | null
}

/** A chamber's campaigns for its staff: the list, and a form to add or edit one. */
export function CampaignManager() {
  const t = useT()
  const lang = useLang()
  const { chamber, campaigns, editing, done } = useLoaderData<Loaded>()
  const result = useActionData<Result>()
  const location = useLocation()
  const failed = result && !result.ok && (result.intent === 'create' || result.intent === 'update') ? result : undefined
  const editingId = failed ? (failed.intent === 'update' ? (failed.id ?? null) : null) : (editing?.id ?? null)
  const state: FormState = failed ?? { ok: true, values: editing ? { ...editing } : {} }
  const field = (name: string) => ({ name, defaultValue: valueOf(state, name), error: fieldError(state, name) })
  return (
    <section className="stack event-manager">
      <p>
        <Link to="/chamber">{t('nav.chamber')}</Link>
      </p>
      <h1>
        {t('events.campaigns.title')} – {chamber}
      </h1>
      <p>{t('events.campaigns.intro')}</p>
      {done ? <FormMessage success={t(`events.campaigns.done.${done}`)} /> : null}
      <h2>{t('events.campaigns.list')}</h2>
      {campaigns.length > 0 ? (
        <TableRegion label={t('events.campaigns.list')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('events.form.title')}</th>
                <th scope="col">{t('events.campaigns.periodLabel')}</th>
                <th scope="col">{t('events.manage.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((campaign) => (
                <tr key={campaign.id}>
                  <td>{campaign.title}</td>
                  <td>{t('events.campaign.period', { from: formatDate(lang, campaign.startsOn), to: formatDate(lang, campaign.endsOn) })}</td>
                  <td>
                    <EditDeleteActions id={campaign.id} title={campaign.title} editHref={`/chamber/campaigns?edit=${campaign.id}#campaign-form`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p className="empty">{t('events.campaigns.empty')}</p>
      )}
      <Form method="post" noValidate className="stack event-form" id="campaign-form" aria-labelledby="campaign-form-title" key={`${editingId ?? 'new'}-${location.key}`}>
        <h2 id="campaign-form-title">{t(editingId ? 'events.campaigns.editTitle' : 'events.campaigns.newTitle')}</h2>
        <FormMessage error={state.formError} />
        <input type="hidden" name="intent" value={editingId ? 'update' : 'create'} />
        {editingId ? <input type="hidden" name="id" value={editingId} /> : null}
        <Field {...field('title')} label="events.form.title" />
        <TextAreaField {...field('description')} label="events.form.description" hintText={t('events.campaigns.descriptionHint', { max: formatCount(lang, EVENT_DESCRIPTION_MAX) })} rows={6} />
        <div className="form-grid">
          <Field {...field('startsOn')} type="date" label="events.campaigns.startsOn" />
          <Field {...field('endsOn')} type="date" label="events.campaigns.endsOn" />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t(editingId ? 'events.form.save' : 'events.campaigns.create')}
          </button>
          {editingId ? <Link to="/chamber/campaigns">{t('events.form.cancel')}</Link> : null}
        </div>
      </Form>
    </section>
  )
}
