import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import { TextAreaField } from '~/components/form/choice-fields'
import { formatDateTime } from '~/components/moderation/format'
import moderationStyles from '~/components/moderation/moderation.css?url'
import { translate, useLang, useT, type MessageKey } from '~/i18n'
import { requireAdmin } from '~/http/guards.server'
import { ObjectionDecisionForm, STATEMENT_MAX } from '~/modules/moderation/moderation.schema'
import { decideObjection, listOpenObjections } from '~/modules/moderation/objections.server'
import { fieldError, type FormState } from '~/utils/action-data'
import { formFailure } from '~/utils/error-responses.server'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: moderationStyles }]
export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'moderation.objections.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const admin = requireAdmin(context, request)
  return { objections: await listOpenObjections(admin.id) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = requireAdmin(context, request)
  const form = await request.formData()
  try {
    const input = parseWith(ObjectionDecisionForm, Object.fromEntries(form))
    await decideObjection({ adminId: admin.id, ...input })
    return { ok: true as const, outcome: input.outcome }
  } catch (error) {
    return formFailure(error, form, { objectionId: String(form.get('objectionId') ?? '') })
  }
}

export default function AdminObjections() {
  const t = useT()
  const lang = useLang()
  const { objections } = useLoaderData<typeof loader>()
  const state = useActionData<FormState & { outcome?: string; objectionId?: string }>()
  return (
    <section className="stack">
      <h1>{t('moderation.objections.title')}</h1>
      <p>{t('moderation.objections.lead')}</p>
      {state?.ok ? <FormMessage success={t(`moderation.objection.outcome.${state.outcome}` as MessageKey)} /> : <FormMessage error={state?.formError} />}
      {objections.length === 0 ? <p>{t('moderation.objections.empty')}</p> : null}
      <ol className="case-list">
        {objections.map((o) => {
          const own = state && !state.ok && state.objectionId === o.id ? state : undefined
          return (
            <li key={o.id} className="card stack">
              <h2>{o.title}</h2>
              <p>
                {o.companyName} · {t(`moderation.action.${o.action}` as MessageKey)} · {t(`moderation.rule.${o.rule}` as MessageKey)} ·{' '}
                {formatDateTime(lang, o.decidedAt)}
                {o.listingId ? (
                  <>
                    {' · '}
                    <Link to={`/admin/moderation/listing-${o.listingId}`}>{t('moderation.objections.openCase')}</Link>
                  </>
                ) : null}
              </p>
              <h3>{t('moderation.objections.statement')}</h3>
              <p className="snapshot">{o.statement}</p>
              <h3>{t('moderation.objections.objection', { date: formatDateTime(lang, o.createdAt) })}</h3>
              <p className="snapshot">{o.text}</p>
              {o.isOwnDecision ? (
                <p className="alert alert--info">{t('moderation.objections.ownDecision')}</p>
              ) : (
                <Form method="post" noValidate className="stack">
                  <input type="hidden" name="objectionId" value={o.id} />
                  <TextAreaField name="note" label="moderation.objections.note" required maxLength={STATEMENT_MAX} error={fieldError(own, 'note')} rows={3} />
                  <div className="inline">
                    <button type="submit" name="outcome" value="reversed" className="button button--primary">
                      {t('moderation.objections.reverse')}
                    </button>
                    <button type="submit" name="outcome" value="upheld" className="button">
                      {t('moderation.objections.uphold')}
                    </button>
                  </div>
                </Form>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
