import { useId, type InputHTMLAttributes, type ReactNode } from 'react'
import { useT, type MessageKey } from '~/i18n'

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  name: string
  label: MessageKey
  hint?: MessageKey
  error?: MessageKey
}

/** Label, hint and error around one control; the control gets the ids for aria-describedby. */
export function FieldFrame({ label, hint, error, children }: { label: MessageKey; hint?: MessageKey; error?: MessageKey; children: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const t = useT()
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{t(label)}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {t(hint)}
        </p>
      ) : null}
      {children({ id, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined })}
      <FieldError id={errorId} error={error} />
    </div>
  )
}

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function Field({ name, label, hint, error, ...input }: FieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy }) => <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />}
    </FieldFrame>
  )
}

/** The error line of a control; its id goes into the control's aria-describedby. */
export function FieldError({ id, error }: { id?: string; error?: MessageKey }) {
  const t = useT()
  if (!error) return null
  return (
    <p id={id} className="field__error">
      {t(error)}
    </p>
  )
}

/** The form-level message: an error summary or a success note, announced when it appears. */
export function FormMessage({ error, success }: { error?: MessageKey | null; success?: string | null }) {
  const t = useT()
  if (error) {
    return (
      <div className="alert alert--error" role="alert">
        {t(error)}
      </div>
    )
  }
  if (success) {
    return (
      <div className="alert alert--success" role="status">
        {success}
      </div>
    )
  }
  return null
}
