import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { translate, useT } from '~/i18n'
import { describeUnsubscribe, unsubscribeWithToken } from '~/modules/alerts/saved-searches.server'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [
  { title: `${translate(langFromMatches(matches), 'alerts.unsubscribe.title')} – Passgenau` },
  // The link carries a token: keep it out of search engines and referrers.
  { name: 'robots', content: 'noindex' },
]

function linkParams(...sources: Array<URLSearchParams | FormData>) {
  const read = (name: string) => String(sources.map((source) => source.get(name)).find((value) => value) ?? '')
  return { id: read('id'), token: read('token') }
}

/** Opening the link only asks: mail scanners fetch links, and must not unsubscribe anyone. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { id, token } = linkParams(new URL(request.url).searchParams)
  const state = await describeUnsubscribe(id, token)
  return data({ ...state, id, token }, { status: state.status === 'invalid' ? 400 : 200 })
}

/**
 * Works without signing in: the signed token is the permission. Reads the link's own query too,
 * so a mail client's one-click POST to the link itself (RFC 8058) works as well.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { id, token } = linkParams(await request.formData(), new URL(request.url).searchParams)
  const outcome = await unsubscribeWithToken(id, token)
  return data({ outcome }, { status: outcome === 'invalid' ? 400 : 200 })
}

export default function Unsubscribe() {
  const t = useT()
  const state = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const outcome = result?.outcome ?? (state.status === 'confirm' ? null : state.status)
  return (
    <section className="narrow stack">
      <h1>{t('alerts.unsubscribe.title')}</h1>
      {outcome === 'invalid' ? (
        <p className="alert alert--error" role="alert">
          {t('alerts.unsubscribe.invalid')}
        </p>
      ) : outcome === 'done' || outcome === 'gone' ? (
        <p className="alert alert--success" role="status">
          {t(outcome === 'done' ? 'alerts.unsubscribe.done' : 'alerts.unsubscribe.gone')}
        </p>
      ) : state.status === 'confirm' ? (
        <Form method="post" className="stack">
          <p>{t('alerts.unsubscribe.confirm', { name: state.name })}</p>
          <input type="hidden" name="id" value={state.id} />
          <input type="hidden" name="token" value={state.token} />
          <div>
            <button type="submit" className="button button--primary">
              {t('alerts.unsubscribe.submit')}
            </button>
          </div>
        </Form>
      ) : null}
      <p>
        <Link to="/me/searches">{t('alerts.unsubscribe.manage')}</Link>
      </p>
    </section>
  )
}
