import { data } from '@remix-run/node'
import type { z } from 'zod'
import type { MessageKey } from '~/i18n/types'
import { AppError, Invalid, TooManyRequests, type FieldErrors } from './errors'

/** Values sent back to the form so nothing typed is lost; passwords never travel back. */
export function keepValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !/password/i.test(key)) values[key] = value
  }
  return values
}

/** Parses with zod; the schema's messages are dictionary keys. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const fieldErrors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_form')
    fieldErrors[field] ??= issue.message as MessageKey
  }
  throw new Invalid(fieldErrors)
}

export async function parseForm<S extends z.ZodType>(request: Request, schema: S) {
  const form = await request.formData()
  return { form, input: parseWith(schema, Object.fromEntries(form)) as z.infer<S> }
}

export interface ActionFailure {
  ok: false
  fieldErrors: FieldErrors
  formError?: MessageKey
  values: Record<string, string>
}

/**
 * Turns a module's typed error into the action's answer (4xx with field errors, values kept).
 * Anything else is unexpected and rethrown, to be logged with the request id.
 */
export function actionFailure(error: unknown, form: FormData | undefined, extra: Record<string, string> = {}) {
  const values = form ? keepValues(form) : {}
  if (error instanceof Invalid) {
    return data<ActionFailure>({ ok: false, fieldErrors: error.fieldErrors, formError: error.formError, values, ...extra }, { status: error.status })
  }
  if (error instanceof TooManyRequests) {
    return data<ActionFailure>(
      { ok: false, fieldErrors: {}, formError: 'error.tooManyRequests' as MessageKey, values, ...extra },
      { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } },
    )
  }
  if (error instanceof AppError) throw new Response(error.message, { status: error.status })
  throw error
}
