import { Form, Link } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import { SelectField, TextAreaField } from '~/components/form/choice-fields'
import { useLang, useT, type MessageKey } from '~/i18n'
import { MODERATION_RULES, STATEMENT_MAX } from '~/modules/moderation/moderation.schema'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { formatDateTime } from './format'

export interface CaseData {
  kind: 'listing' | 'company'
  company: { id: string; name: string; slug: string; isVerified: boolean; suspendedAt: string | null; createdAt: string }
  listing: { id: number; status: string; title: string } | null
  openCount: number
  reports: Array<{ id: string; source: string; reason: string; explanation: string; snapshot: { title: string; text: string; url: string; kind: string }; hasReporterAddress: boolean; createdAt: string; isOpen: boolean }>
  decisions: Array<{ id: string; action: string; rule: string; statement: string; decidedAt: string; reversedAt: string | null; hasObjection: boolean; objectionOutcome: string | null }>
}

const ACTIONS = ['dismiss', 'request_change', 'unpublish', 'suspend'] as const

/** One case: who provides the content, every report with the content as reported, the decision form and the history. */
export function CaseView({ data, state, canSuspend, companyLink }: { data: CaseData; state?: FormState; canSuspend: boolean; companyLink?: string }) {
  const t = useT()
  const lang = useLang()
  const actions = ACTIONS.filter((a) => (a !== 'unpublish' || data.kind === 'listing') && (a !== 'suspend' || canSuspend))
  const actionError = fieldError(state, 'action')
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="provider-title">
        <h2 id="provider-title">{t('moderation.case.provider')}</h2>
        <p>
          {companyLink ? <Link to={companyLink}>{data.company.name}</Link> : data.company.name} ·{' '}
          {t(data.company.isVerified ? 'moderation.company.verified' : 'moderation.company.unverified')} ·{' '}
          {t('moderation.company.since', { date: formatDateTime(lang, data.company.createdAt) })}
          {data.company.suspendedAt ? ` · ${t('moderation.company.suspended')}` : ''}
        </p>
        {data.listing ? (
          <p>
            {t('moderation.case.listingStatus')}: {t(`employer.status.${data.listing.status}` as MessageKey)}
          </p>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="reports-title">
        <h2 id="reports-title">{t('moderation.case.reports', { count: data.reports.length })}</h2>
        <ol className="case-list">
          {data.reports.map((r) => (
            <li key={r.id} className="card stack">
              <h3>
                {t(`moderation.reason.${r.reason}` as MessageKey)} · {formatDateTime(lang, r.createdAt)}
              </h3>
              <p>
                {t(r.source === 'risk_check' ? 'moderation.source.risk_check' : 'moderation.source.notice')} ·{' '}
                {t(r.isOpen ? 'moderation.case.open' : 'moderation.case.decided')}
                {r.hasReporterAddress ? ` · ${t('moderation.case.reporterWantsAnswer')}` : ''}
              </p>
              <p className="snapshot">{r.explanation}</p>
              <details>
                <summary>{t('moderation.case.snapshot', { title: r.snapshot.title })}</summary>
                <p className="snapshot">{r.snapshot.text}</p>
              </details>
            </li>
          ))}
        </ol>
      </section>

      {data.openCount > 0 ? (
        <section className="stack" aria-labelledby="decide-title">
          <h2 id="decide-title">{t('moderation.decide.title')}</h2>
          <Form method="post" noValidate className="stack">
            <FormMessage error={state?.formError} />
            <fieldset className={actionError ? 'choice field--invalid' : 'choice'} aria-describedby={actionError ? 'action-error' : undefined}>
              <legend>{t('moderation.decide.action')}</legend>
              {actions.map((a) => (
                <label key={a}>
                  <input type="radio" name="action" value={a} defaultChecked={valueOf(state, 'action') === a} /> {t(`moderation.action.${a}`)}
                </label>
              ))}
              {actionError ? (
                <p id="action-error" className="field__error">
                  {t(actionError)}
                </p>
              ) : null}
            </fieldset>
            <SelectField
              name="rule"
              label="moderation.decide.rule"
              required
              placeholder={t('moderation.decide.rulePick')}
              options={MODERATION_RULES.map((r) => ({ value: r, label: `${t(`moderation.rule.${r}`)} (${t(`moderation.rule.${r}.basis`)})` }))}
              defaultValue={valueOf(state, 'rule')}
              error={fieldError(state, 'rule')}
            />
            <TextAreaField
              name="statement"
              label="moderation.decide.statement"
              hint="moderation.decide.statementHint"
              required
              maxLength={STATEMENT_MAX}
              defaultValue={valueOf(state, 'statement')}
              error={fieldError(state, 'statement')}
            />
            <button type="submit" className="button button--primary">
              {t('moderation.decide.submit')}
            </button>
          </Form>
        </section>
      ) : null}

      {data.decisions.length > 0 ? (
        <section className="stack" aria-labelledby="history-title">
          <h2 id="history-title">{t('moderation.case.history')}</h2>
          <ul className="case-list">
            {data.decisions.map((d) => (
              <li key={d.id} className="card stack">
                <p>
                  <strong>{t(`moderation.action.${d.action}` as MessageKey)}</strong> · {t(`moderation.rule.${d.rule}` as MessageKey)} · {formatDateTime(lang, d.decidedAt)}
                  {d.reversedAt ? ` · ${t('moderation.decision.reversed')}` : ''}
                  {d.hasObjection ? ` · ${t(d.objectionOutcome ? (`moderation.objection.outcome.${d.objectionOutcome}` as MessageKey) : 'moderation.objection.pending')}` : ''}
                </p>
                <p className="snapshot">{d.statement}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
