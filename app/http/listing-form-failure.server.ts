import { data } from '@remix-run/node'
import { Invalid } from '~/utils/errors'
import { listingFormValues } from '~/modules/listings/listing-form'

/**
 * The listing form's answer to a refused submit: field errors and every value typed, benefits
 * included (the route edge keeps one value per name). Anything else is rethrown, for the edge to map.
 */
export function listingFormFailure(error: unknown, form: FormData, intent: string) {
  if (!(error instanceof Invalid)) throw error
  return data(
    { ok: false as const, intent, fieldErrors: error.fieldErrors, formError: error.formError, values: listingFormValues(form) },
    { status: error.status },
  )
}
