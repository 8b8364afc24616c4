import type { MessageKey } from '~/i18n/types'
import type { z } from 'zod'
import { Invalid, type FieldErrors } from './errors'

/**
 * A form the route has parsed, kept as it came out: the module that receives it checks its scope
 * first and only then refuses bad input (`accept`), so a field error never tells that something
 * of someone else exists.
 */
export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors }

type IssuePath = readonly PropertyKey[]

/** The field an issue belongs to: the top-level key (a form whose inputs have nested names passes its own). */
const topField = (path: IssuePath) => String(path[0] ?? '_form')

/** Each field's first problem; the schema's messages are dictionary keys. */
export function fieldErrorsOf(error: z.ZodError, fieldOf: (path: IssuePath) => string = topField): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) errors[fieldOf(issue.path)] ??= issue.message as MessageKey
  return errors
}

export function checkWith<S extends z.ZodType>(schema: S, input: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(input)
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: fieldErrorsOf(result.error) }
}

/** The parsed input, or the field errors thrown as `Invalid` (with the form's own message, if it shows one). */
export function accept<T>(checked: Checked<T>, formError?: MessageKey): T {
  if (checked.ok) return checked.data
  throw new Invalid(checked.errors, formError)
}
