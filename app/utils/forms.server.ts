import type { MessageKey } from '~/i18n/types'
import type { z } from 'zod'
import { Invalid, type FieldErrors } from './errors'

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
