import type { MessageKey } from '~/i18n'
import { FieldFrame } from './field'

interface Common {
  name: string
  label: MessageKey
  hint?: MessageKey
  error?: MessageKey
  required?: boolean
}

/** A labelled multi-line text box. */
export function TextAreaField(props: Common & { defaultValue?: string; maxLength?: number; rows?: number }) {
  return (
    <FieldFrame label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          name={props.name}
          rows={props.rows ?? 5}
          maxLength={props.maxLength}
          required={props.required}
          defaultValue={props.defaultValue}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  )
}

/** A labelled drop-down of translated options. */
export function SelectField(props: Common & { options: { value: string; label: string }[]; defaultValue?: string; placeholder?: string }) {
  return (
    <FieldFrame label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy }) => (
        <select id={id} name={props.name} required={props.required} defaultValue={props.defaultValue ?? ''} aria-invalid={props.error ? true : undefined} aria-describedby={describedBy}>
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  )
}
