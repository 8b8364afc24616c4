import { getDb, type Database } from '../../../db/client'
import { loadScorableListings, loadSeekerForMatching } from './match-data.server'
import type { MatchResult } from './match-types'
import { scoreMatch } from './score-match'

/**
 * How well one listing fits the seeker, for the listing page ("Passt zu 82 %"); null when the
 * seeker has no profile yet or the listing does not exist.
 */
export async function getMatchForListing(
  userId: string,
  listingId: number,
  opts: { db?: Database; now?: Date } = {},
): Promise<MatchResult | null> {
  const db = opts.db ?? getDb()
  const [seeker, [listing]] = await Promise.all([loadSeekerForMatching(userId, db), loadScorableListings([listingId], db)])
  if (!seeker || !listing) return null
  return scoreMatch(seeker.profile, listing.match, { now: opts.now ?? new Date() })
}
