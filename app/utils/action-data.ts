import type { MessageKey } from '~/i18n/types'
import type { FieldErrors } from './errors'

/** What a form's action answers; pages read it with these helpers. */
export interface FormState {
  ok: boolean
  fieldErrors?: FieldErrors
  formError?: MessageKey
  values?: Record<string, string>
}

export function fieldError(state: FormState | undefined, name: string): MessageKey | undefined {
  return state?.fieldErrors?.[name]
}

export function valueOf(state: FormState | undefined, name: string, fallback = ''): string {
  return state?.values?.[name] ?? fallback
}
