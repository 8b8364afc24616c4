import { z } from 'zod'
import { ALERT_FREQUENCIES } from '../../../values/saved-searches'

export const MAX_SAVED_SEARCHES = 20
export const SEARCH_NAME_MAX = 100

// Messages are dictionary keys: the form shows them in the reader's language.
const name = z.string({ error: 'form.required' }).trim().min(1, 'form.required').max(SEARCH_NAME_MAX, 'form.tooLong')

/** What the "Save search" form on /jobs posts to /me/searches. */
export const SaveSearchForm = z.object({
  // The /jobs query string ("q=koch&where=Goslar"); a leading "?" or a whole /jobs URL is fine too.
  query: z.string().max(2000, 'form.tooLong').default(''),
  name: z
    .string()
    .trim()
    .max(SEARCH_NAME_MAX, 'form.tooLong')
    .optional()
    .transform((v) => v || undefined),
})

export const UpdateSearchForm = z.object({
  id: z.string().min(1),
  name,
  frequency: z.enum(ALERT_FREQUENCIES, { error: 'form.required' }),
})

export const DeleteSearchForm = z.object({ id: z.string().min(1) })
