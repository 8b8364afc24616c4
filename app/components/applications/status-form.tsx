import { Form } from '@remix-run/react'
import { SelectField, TextAreaField } from '~/components/form/form-controls'
import { FormMessage } from '~/components/form/field'
import { useT } from '~/i18n'
import { nextStatus, type PipelineStatus } from '~/modules/applications/status'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import type { ApplicationStatus } from '../../../values/applications'

/** Moves the application on; rejecting has its own form with the template text. */
export function StatusForm({ status, targets, state }: { status: ApplicationStatus; targets: PipelineStatus[]; state?: FormState }) {
  const t = useT()
  const options = targets.filter((s) => s !== 'rejected')
  if (options.length === 0) return null
  return (
    <section className="app-section" aria-labelledby="status-title">
      <h2 id="status-title">{t('applications.employer.changeStatus')}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="status" />
        <FormMessage error={state?.formError} />
        <SelectField
          name="status"
          label="applications.employer.newStatus"
          error={fieldError(state, 'status')}
          defaultValue={valueOf(state, 'status', nextStatus(status) ?? options[0])}
          options={options.map((s) => ({ value: s, label: t(`applications.status.${s}`) }))}
        />
        <TextAreaField
          name="text"
          label="applications.employer.statusMessage"
          hint="applications.employer.statusMessage.hint"
          error={fieldError(state, 'text')}
          defaultValue={valueOf(state, 'text')}
          maxLength={5000}
        />
        <p className="form-actions">
          <button type="submit" className="button button--primary">
            {t('applications.employer.saveStatus')}
          </button>
        </p>
      </Form>
    </section>
  )
}
