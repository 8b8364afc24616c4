import type { SessionUser } from '../auth/session.server'
import { getMatchForListing } from '../matching/listing-match.server'
import type { MatchResult } from '../matching/match-types'
import { isBookmarked } from './bookmarks.server'

/** What the listing page shows a signed-in seeker: the match with its reasons, and the bookmark state. */
export interface SeekerListingContext {
  isBookmarked: boolean
  /** Null until the seeker has a profile. */
  match: MatchResult | null
}

/** For the listing page's loader; null for visitors and for anyone who is not a seeker. */
export async function getSeekerListingContext(user: Pick<SessionUser, 'id' | 'role'> | null, listingId: number): Promise<SeekerListingContext | null> {
  if (!user || user.role !== 'seeker') return null
  const [match, bookmarked] = await Promise.all([getMatchForListing(user.id, listingId), isBookmarked(user.id, listingId)])
  return { match, isBookmarked: bookmarked }
}
