import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormMessage } from '~/components/form/field'
import { SelectField, TextAreaField } from '~/components/form/choice-fields'
import moderationStyles from '~/components/moderation/moderation.css?url'
import { translate, useT } from '~/i18n'
import { getLang } from '~/i18n/lang.server'
import { EXPLANATION_MAX, ReportForm, ReportTarget } from '~/modules/moderation/moderation.schema'
import { describeReportTarget, submitReport } from '~/modules/moderation/reports.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { NotFound } from '~/utils/errors'
import { formFailure } from '~/utils/error-responses.server'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'
import { REPORT_REASONS } from '../../values/moderation'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: moderationStyles }]
export const meta: MetaFunction = ({ matches }) => [
  { title: `${translate(langFromMatches(matches), 'moderation.report.title')} – Passgenau` },
  { name: 'robots', content: 'noindex' },
]

function targetOf(request: Request) {
  const parsed = ReportTarget.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) throw new NotFound('report target')
  return parsed.data
}

/** "Melden" without an account: what is reported comes from the link (?listing=, ?company= or ?event=). */
export async function loader({ request }: LoaderFunctionArgs) {
  return { target: await describeReportTarget(targetOf(request)) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  try {
    const target = targetOf(request)
    const input = parseWith(ReportForm, Object.fromEntries(form))
    await submitReport({ target, input, ip: context.clientIp, lang: getLang(request) })
    return { ok: true as const, hasEmail: Boolean(input.email) }
  } catch (error) {
    return formFailure(error, form)
  }
}

export default function ReportPage() {
  const t = useT()
  const { target } = useLoaderData<typeof loader>()
  const state = useActionData<FormState & { hasEmail?: boolean }>()
  if (state?.ok) {
    return (
      <section className="stack narrow">
        <h1>{t('moderation.report.thanks.title')}</h1>
        <FormMessage success={t(state.hasEmail ? 'moderation.report.thanks.mail' : 'moderation.report.thanks.noMail')} />
        <p>
          <Link to={target.url}>{t('moderation.report.back', { title: target.title })}</Link>
        </p>
      </section>
    )
  }
  return (
    <section className="stack narrow">
      <h1>{t('moderation.report.title')}</h1>
      <p>
        {t(`moderation.report.about.${target.kind}`)}: <Link to={target.url}>{target.title}</Link> ({target.companyName})
      </p>
      <p>{t('moderation.report.lead')}</p>
      <Form method="post" noValidate className="stack">
        <FormMessage error={state?.formError} />
        <SelectField
          name="reason"
          label="moderation.report.reason"
          required
          placeholder={t('moderation.report.reasonPick')}
          options={REPORT_REASONS.map((r) => ({ value: r, label: t(`moderation.reason.${r}`) }))}
          defaultValue={valueOf(state, 'reason')}
          error={fieldError(state, 'reason')}
        />
        <TextAreaField
          name="explanation"
          label="moderation.report.explanation"
          hint="moderation.report.explanationHint"
          required
          maxLength={EXPLANATION_MAX}
          defaultValue={valueOf(state, 'explanation')}
          error={fieldError(state, 'explanation')}
        />
        <Field name="name" label="moderation.report.name" autoComplete="name" defaultValue={valueOf(state, 'name')} error={fieldError(state, 'name')} />
        <Field
          name="email"
          type="email"
          label="moderation.report.email"
          hint="moderation.report.emailHint"
          autoComplete="email"
          defaultValue={valueOf(state, 'email')}
          error={fieldError(state, 'email')}
        />
        <div className={fieldError(state, 'goodFaith') ? 'field field--invalid' : 'field'}>
          <label>
            <input type="checkbox" name="goodFaith" required aria-describedby={fieldError(state, 'goodFaith') ? 'good-faith-error' : undefined} />{' '}
            {t('moderation.report.goodFaith')}
          </label>
          {fieldError(state, 'goodFaith') ? (
            <p id="good-faith-error" className="field__error">
              {t(fieldError(state, 'goodFaith')!)}
            </p>
          ) : null}
        </div>
        <p className="field__hint">{t('moderation.report.privacy')}</p>
        <button type="submit" className="button button--primary">
          {t('moderation.report.submit')}
        </button>
      </Form>
    </section>
  )
}
