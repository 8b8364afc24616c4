import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react'
import { FieldError } from './field'
import { useT, type MessageKey } from '~/i18n'

interface Described {
  label: MessageKey
  hint?: MessageKey
  /** A hint with values in it, already translated. */
  hintText?: string
  error?: MessageKey
}

/** Ids of the hint and error lines, for the control's aria-describedby. */
function useDescribedBy({ hint, hintText, error }: Described) {
  const id = useId()
  const hintId = hint || hintText ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return { id, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined }
}

function Hint({ id, hint, hintText }: { id?: string; hint?: MessageKey; hintText?: string }) {
  const t = useT()
  if (!id) return null
  return (
    <p id={id} className="field__hint">
      {hintText ?? t(hint!)}
    </p>
  )
}

interface SelectFieldProps extends Described, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'> {
  name: string
  options: Array<{ value: string; label: string }>
}

/** A control with its label above, the hint below the label and the error below the control. */
function LabelledField({ ids, label, hint, hintText, error, children }: Described & { ids: ReturnType<typeof useDescribedBy>; children: ReactNode }) {
  const t = useT()
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={ids.id}>{t(label)}</label>
      <Hint id={ids.hintId} hint={hint} hintText={hintText} />
      {children}
      <FieldError id={ids.errorId} error={error} />
    </div>
  )
}

export function SelectField({ name, label, hint, hintText, error, options, ...select }: SelectFieldProps) {
  const ids = useDescribedBy({ label, hint, hintText, error })
  return (
    <LabelledField ids={ids} label={label} hint={hint} hintText={hintText} error={error}>
      <select id={ids.id} name={name} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  )
}

interface TextAreaFieldProps extends Described, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'> {
  name: string
}

export function TextAreaField({ name, label, hint, hintText, error, ...textarea }: TextAreaFieldProps) {
  const ids = useDescribedBy({ label, hint, hintText, error })
  return (
    <LabelledField ids={ids} label={label} hint={hint} hintText={hintText} error={error}>
      <textarea id={ids.id} name={name} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...textarea} />
    </LabelledField>
  )
}

/** A checkbox with its label after it; `children` may add a longer explanation. */
export function CheckboxField({
  name,
  label,
  error,
  defaultChecked,
  value = 'on',
  children,
}: {
  name: string
  label: MessageKey
  error?: MessageKey
  defaultChecked?: boolean
  value?: string
  children?: ReactNode
}) {
  const t = useT()
  const ids = useDescribedBy({ label, error })
  return (
    <div className={error ? 'field field--check field--invalid' : 'field field--check'}>
      <input id={ids.id} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} />
      <label htmlFor={ids.id}>{t(label)}</label>
      {children}
      <FieldError id={ids.errorId} error={error} />
    </div>
  )
}
