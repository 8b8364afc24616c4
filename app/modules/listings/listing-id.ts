import { NotFound } from '~/utils/errors'

/** Whether `id` can be a listing's id: listings are numbered by a PostgreSQL `integer` sequence. */
export const isListingId = (id: number): boolean => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647

/**
 * The listing id in a route parameter: "123", or where the address carries a slug, also
 * "123-elektroniker-in" (the page redirects a wrong slug); anything else is no listing.
 */
export function listingIdOf(param: string | undefined, opts: { slug?: boolean } = {}): number | null {
  const match = (opts.slug ? /^(\d{1,10})(?:-.*)?$/s : /^(\d{1,10})$/).exec(param ?? '')
  return match ? Number(match[1]) : null
}

/** Route params arrive as text; anything that is not a listing id is simply not found. */
export function parseListingId(param: string | undefined): number {
  const id = listingIdOf(param)
  if (id === null) throw new NotFound('listing')
  return id
}
