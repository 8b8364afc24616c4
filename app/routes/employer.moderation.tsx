import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import { TextAreaField } from '~/components/form/choice-fields'
import { formatDateTime } from '~/components/moderation/format'
import moderationStyles from '~/components/moderation/moderation.css?url'
import { translate, useLang, useT, type MessageKey } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { ObjectionForm, STATEMENT_MAX } from '~/modules/moderation/moderation.schema'
import { fileObjection, listCompanyDecisions } from '~/modules/moderation/objections.server'
import { fieldError, type FormState } from '~/utils/action-data'
import { formFailure } from '~/utils/error-responses.server'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: moderationStyles }]
export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'moderation.employer.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  return { decisions: await listCompanyDecisions(m.organizationId) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const form = await request.formData()
  try {
    const input = parseWith(ObjectionForm, Object.fromEntries(form))
    await fileObjection({ organizationId: m.organizationId, userId: m.user.id, ...input })
    return { ok: true as const }
  } catch (error) {
    return formFailure(error, form, { decisionId: String(form.get('decisionId') ?? '') })
  }
}

/** Decisions about the company, each with its statement of reasons and, once, the way to object. */
export default function EmployerModeration() {
  const t = useT()
  const lang = useLang()
  const { decisions } = useLoaderData<typeof loader>()
  const state = useActionData<FormState & { decisionId?: string }>()
  return (
    <section className="stack">
      <h1>{t('moderation.employer.title')}</h1>
      <p>{t('moderation.employer.lead')}</p>
      {state?.ok ? <FormMessage success={t('moderation.objection.filed')} /> : <FormMessage error={state?.formError} />}
      {decisions.length === 0 ? <p>{t('moderation.employer.empty')}</p> : null}
      <ol className="case-list">
        {decisions.map((d) => {
          const own = state && !state.ok && state.decisionId === d.id ? state : undefined
          return (
            <li key={d.id} className="card stack">
              <h2>{d.title}</h2>
              <dl className="figures">
                <dt>{t('moderation.statement.what')}</dt>
                <dd>{t(`moderation.action.${d.action}` as MessageKey)}</dd>
                <dt>{t('moderation.statement.when')}</dt>
                <dd>{formatDateTime(lang, d.decidedAt)}</dd>
                <dt>{t('moderation.statement.rule')}</dt>
                <dd>
                  {t(`moderation.rule.${d.rule}` as MessageKey)} ({t(`moderation.rule.${d.rule}.basis` as MessageKey)})
                </dd>
              </dl>
              <h3>{t('moderation.statement.why')}</h3>
              <p className="snapshot">{d.statement}</p>
              {d.reversedAt ? <p className="alert alert--success">{t('moderation.decision.reversed')}</p> : null}
              {d.objection ? (
                <>
                  <h3>{t('moderation.objection.yours')}</h3>
                  <p className="snapshot">{d.objection.text}</p>
                  <p>{t(d.objection.outcome ? (`moderation.objection.outcome.${d.objection.outcome}` as MessageKey) : 'moderation.objection.pending')}</p>
                  {d.objection.note ? <p className="snapshot">{d.objection.note}</p> : null}
                </>
              ) : (
                <Form method="post" noValidate className="stack">
                  <input type="hidden" name="decisionId" value={d.id} />
                  <TextAreaField name="text" label="moderation.objection.text" hint="moderation.objection.hint" required maxLength={STATEMENT_MAX} error={fieldError(own, 'text')} rows={4} />
                  <button type="submit" className="button button--primary">
                    {t('moderation.objection.submit')}
                  </button>
                </Form>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
