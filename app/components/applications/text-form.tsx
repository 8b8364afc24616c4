import { Form } from '@remix-run/react'
import { TextAreaField } from '~/components/form/form-controls'
import { FormMessage } from '~/components/form/field'
import { useT, type MessageKey } from '~/i18n'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'

interface TextFormProps {
  intent: string
  title: MessageKey
  label: MessageKey
  hint?: MessageKey
  hintText?: string
  submit: MessageKey
  /** The action's answer, if it was this form's. */
  state?: FormState
  defaultValue?: string
  name?: string
  maxLength?: number
  danger?: boolean
  required?: boolean
}

/** One text and one button under a heading: a message, a note, a rejection, a withdrawal. */
export function TextForm({ intent, title, label, hint, hintText, submit, state, defaultValue = '', name = 'text', maxLength = 5000, danger, required = true }: TextFormProps) {
  const t = useT()
  const headingId = `${intent}-title`
  return (
    <section className="app-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(title)}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value={intent} />
        <FormMessage error={state?.formError} />
        <TextAreaField
          name={name}
          label={label}
          hint={hint}
          hintText={hintText}
          error={fieldError(state, name)}
          defaultValue={valueOf(state, name, defaultValue)}
          maxLength={maxLength}
          required={required}
          rows={danger ? 3 : 4}
        />
        <p className="form-actions">
          <button type="submit" className={danger ? 'button button--danger' : 'button button--primary'}>
            {t(submit)}
          </button>
        </p>
      </Form>
    </section>
  )
}
