import { z } from 'zod'

/** What the bookmark button on a listing page and the remove button on /me/bookmarks post. */
export const BookmarkChange = z.object({
  intent: z.enum(['add', 'remove']),
  listingId: z.coerce.number().int().positive().max(2_147_483_647),
})
