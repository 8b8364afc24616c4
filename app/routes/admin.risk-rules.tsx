import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormMessage } from '~/components/form/field'
import { SelectField } from '~/components/form/choice-fields'
import moderationStyles from '~/components/moderation/moderation.css?url'
import { translate, useT, type MessageKey } from '~/i18n'
import { requireAdmin } from '~/http/guards.server'
import { RiskRuleForm, RiskRuleIdForm } from '~/modules/moderation/risk-rules.schema'
import { listRiskRules, saveRiskRule, toggleRiskRule } from '~/modules/moderation/risk-rules.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { formFailure } from '~/utils/error-responses.server'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'
import { RISK_RULE_KINDS } from '../../values/moderation'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: moderationStyles }]
export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'moderation.risk.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(context, request)
  return { rules: await listRiskRules() }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = requireAdmin(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  try {
    if (intent === 'save') await saveRiskRule({ actorId: admin.id, ...parseWith(RiskRuleForm, Object.fromEntries(form)) })
    else if (intent === 'toggle') await toggleRiskRule({ actorId: admin.id, ...parseWith(RiskRuleIdForm, Object.fromEntries(form)) })
    else throw new Response('Bad Request', { status: 400 })
    return { ok: true as const }
  } catch (error) {
    return formFailure(error, form)
  }
}

/** The risk check's rules: phrases and contact patterns are added or switched off, thresholds replaced. */
export default function AdminRiskRules() {
  const t = useT()
  const { rules } = useLoaderData<typeof loader>()
  const state = useActionData<FormState>()
  return (
    <section className="stack">
      <h1>{t('moderation.risk.title')}</h1>
      <p>{t('moderation.risk.lead')}</p>
      {state?.ok ? <FormMessage success={t('moderation.risk.saved')} /> : <FormMessage error={state?.formError} />}
      {RISK_RULE_KINDS.map((kind) => (
        <section key={kind} className="stack" aria-labelledby={`rules-${kind}`}>
          <h2 id={`rules-${kind}`}>{t(`moderation.risk.kind.${kind}`)}</h2>
          <ul className="case-list">
            {rules
              .filter((r) => r.kind === kind)
              .map((r) => (
                <li key={r.id} className="card inline">
                  <span>
                    {r.value} · {t(r.isActive ? 'moderation.risk.active' : 'moderation.risk.inactive')}
                  </span>
                  <Form method="post">
                    <input type="hidden" name="intent" value="toggle" />
                    <input type="hidden" name="ruleId" value={r.id} />
                    <button type="submit" className="button">
                      {t(r.isActive ? 'moderation.risk.deactivate' : 'moderation.risk.activate')}
                      <span className="visually-hidden">: {r.value}</span>
                    </button>
                  </Form>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <section className="stack" aria-labelledby="add-rule">
        <h2 id="add-rule">{t('moderation.risk.add')}</h2>
        <Form method="post" noValidate className="stack">
          <input type="hidden" name="intent" value="save" />
          <SelectField
            name="kind"
            label="moderation.risk.kind"
            required
            options={RISK_RULE_KINDS.map((k) => ({ value: k, label: t(`moderation.risk.kind.${k}` as MessageKey) }))}
            defaultValue={valueOf(state, 'kind', 'phrase')}
            error={fieldError(state, 'kind')}
          />
          <Field name="value" label="moderation.risk.value" hint="moderation.risk.valueHint" required defaultValue={valueOf(state, 'value')} error={fieldError(state, 'value')} />
          <button type="submit" className="button button--primary">
            {t('moderation.risk.submit')}
          </button>
        </Form>
      </section>
    </section>
  )
}
