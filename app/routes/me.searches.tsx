import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useId } from 'react'
import { Field, FieldError, FormMessage } from '~/components/form/field'
import { Notice } from '~/components/notice'
import { translate, useLang, useT } from '~/i18n'
import { getLang } from '~/i18n/lang.server'
import { DeleteSearchForm, SaveSearchForm, UpdateSearchForm } from '~/modules/alerts/alerts.schema'
import {
  canonicalQuery,
  deleteSavedSearch,
  listSavedSearches,
  parseSavedQuery,
  saveSearch,
  searchPath,
  updateSavedSearch,
} from '~/modules/alerts/saved-searches.server'
import { getUser, requireUser } from '~/http/guards.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { formatDate } from '~/utils/format'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'
import { ALERT_FREQUENCIES } from '../../values/saved-searches'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'alerts.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireUser(context, request)
  const searches = await listSavedSearches(user.id)
  return { searches: searches.map((s) => ({ id: s.id, name: s.name, frequency: s.frequency, href: s.href, createdAt: s.createdAt.toISOString() })) }
}

type Result = FormState & { intent?: string; id?: string }

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const intent = String(form.get('intent'))
  if (intent === 'save' && !getUser(context)) {
    // The "Save search" button on /jobs: sign in first, then back to that search to save it.
    const back = searchPath(canonicalQuery(parseSavedQuery(String(form.get('query') ?? ''))))
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`)
  }
  const user = requireUser(context, request)
  switch (intent) {
    case 'save': {
      const input = parseWith(SaveSearchForm, Object.fromEntries(form))
      await saveSearch({ userId: user.id, query: input.query, name: input.name, lang: getLang(request) })
      return redirect('/me/searches?notice=saved')
    }
    case 'update': {
      const input = parseWith(UpdateSearchForm, Object.fromEntries(form))
      await updateSavedSearch({ userId: user.id, ...input })
      return redirect('/me/searches?notice=saved')
    }
    case 'delete': {
      const input = parseWith(DeleteSearchForm, Object.fromEntries(form))
      await deleteSavedSearch({ userId: user.id, id: input.id })
      return redirect('/me/searches')
    }
    default:
      throw new Response('Bad Request', { status: 400 })
  }
}

export default function SavedSearches() {
  const t = useT()
  const { searches } = useLoaderData<typeof loader>()
  const result = useActionData<Result>()
  return (
    <section className="narrow stack">
      <h1>{t('alerts.title')}</h1>
      <Notice />
      {result && !result.id ? <FormMessage error={result.formError} /> : null}
      <p>{t('alerts.intro')}</p>
      {searches.length === 0 ? (
        <p>
          {t('alerts.empty')} <Link to="/jobs">{t('alerts.toSearch')}</Link>
        </p>
      ) : null}
      {searches.map((search) => (
        <SavedSearchItem key={search.id} search={search} result={result?.id === search.id ? result : undefined} />
      ))}
    </section>
  )
}

interface ItemProps {
  search: { id: string; name: string; frequency: (typeof ALERT_FREQUENCIES)[number]; href: string; createdAt: string }
  result?: Result
}

function SavedSearchItem({ search, result }: ItemProps) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const update = result?.intent === 'update' ? result : undefined
  const frequencyError = fieldError(update, 'frequency')
  return (
    <article className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{search.name}</h2>
      <p>
        <span className="muted">{t('alerts.savedOn', { date: formatDate(lang, search.createdAt) })}</span> ·{' '}
        <Link to={search.href}>{t('alerts.run')}</Link>
      </p>
      <Form method="post" noValidate className="stack">
        <FormMessage error={result?.formError} />
        <input type="hidden" name="id" value={search.id} />
        <Field name="name" label="alerts.name" required maxLength={100} defaultValue={valueOf(update, 'name', search.name)} error={fieldError(update, 'name')} />
        <div className={frequencyError ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-frequency`}>{t('alerts.frequency')}</label>
          <select id={`${id}-frequency`} name="frequency" defaultValue={valueOf(update, 'frequency', search.frequency)}>
            {ALERT_FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`alerts.frequency.${frequency}`)}
              </option>
            ))}
          </select>
          <FieldError error={frequencyError} />
        </div>
        <div className="inline">
          <button type="submit" name="intent" value="update" className="button" aria-describedby={`${id}-title`}>
            {t('alerts.update')}
          </button>
        </div>
      </Form>
      <Form method="post">
        <input type="hidden" name="id" value={search.id} />
        <button type="submit" name="intent" value="delete" className="button button--danger" aria-describedby={`${id}-title`}>
          {t('alerts.delete')}
        </button>
      </Form>
    </article>
  )
}
