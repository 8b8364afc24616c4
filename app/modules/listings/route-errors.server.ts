import { data } from '@remix-run/node'
import { AppError, Invalid } from '~/utils/errors'
import { actionFailure } from '~/utils/forms.server'
import { listingFormValues } from './listing-form'

/** For loaders: a module's typed error becomes its status (404 for "not yours"); anything else stays a 500. */
export function throwAsResponse(error: unknown): never {
  if (error instanceof AppError) throw new Response(null, { status: error.status })
  throw error
}

/**
 * The listing form's answer to a refused submit: field errors and every value typed, benefits
 * included (the generic helper keeps one value per name).
 */
export function listingFormFailure(error: unknown, form: FormData, intent: string) {
  if (error instanceof Invalid) {
    return data(
      { ok: false as const, intent, fieldErrors: error.fieldErrors, formError: error.formError, values: listingFormValues(form) },
      { status: error.status },
    )
  }
  return actionFailure(error, undefined, { intent })
}
