import type { z } from 'zod'
import { accept, checkWith } from './form-check'

/** Parses with zod; the schema's messages are dictionary keys, thrown as `Invalid` field errors. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  return accept(checkWith(schema, input))
}

export async function parseForm<S extends z.ZodType>(request: Request, schema: S) {
  const form = await request.formData()
  return { form, input: parseWith(schema, Object.fromEntries(form)) as z.infer<S> }
}
