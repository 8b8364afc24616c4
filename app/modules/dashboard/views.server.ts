import { and, eq, gt, isNull, notExists, or, sql } from 'drizzle-orm'
import { getLogger } from '~/utils/logger.server'
import { getDb, type Database } from '../../../db/client'
import { listings, listingViewDays, organizationMembers } from '../../../db/schema'
import { berlinDate } from '~/utils/intl'
import { isListingId } from '../listings/listing-id'

export interface Visitor {
  userAgent: string | null
  /** The signed-in person, if any: a member of the listing's company is not a visitor. */
  userId: string | null
}

// Crawlers, link previews and scripted clients name themselves; a browser always sends a user agent.
const BOT_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|pingdom|lighthouse|curl\/|wget\/|python-|httpclient|okhttp|java\/|go-http-client|axios\/|node-fetch|libwww|scrapy/i

/** True for a request that is obviously not a person reading the page. */
export function isBotUserAgent(userAgent: string | null): boolean {
  const agent = userAgent?.trim() ?? ''
  return agent === '' || BOT_AGENT.test(agent)
}

/**
 * Counts one view of a listing for the German calendar day of `now`. Only a published listing that
 * has not expired counts, never for a bot and never for a member of the listing's own company
 * (their checks of their own page say nothing about interest). One statement: the conditions and the
 * "+1 for the day" cannot be split by a second view arriving at the same moment.
 */
export async function recordListingView(db: Database, listingId: number, now: Date, visitor: Visitor): Promise<boolean> {
  if (!isListingId(listingId)) return false
  if (isBotUserAgent(visitor.userAgent)) return false
  const isOwnMember = visitor.userId
    ? notExists(
        db
          .select({ one: sql`1` })
          .from(organizationMembers)
          .where(and(eq(organizationMembers.organizationId, listings.organizationId), eq(organizationMembers.userId, visitor.userId))),
      )
    : undefined
  const counted = await db
    .insert(listingViewDays)
    .select(
      db
        .select({ listingId: listings.id, day: sql`${berlinDate(now)}::date`.as('day'), views: sql`1`.as('views') })
        .from(listings)
        .where(and(eq(listings.id, listingId), eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, now)), isOwnMember)),
    )
    .onConflictDoUpdate({ target: [listingViewDays.listingId, listingViewDays.day], set: { views: sql`${listingViewDays.views} + 1` } })
    .returning({ views: listingViewDays.views })
  return counted.length > 0
}

/** What the page request was: a person reading (not a prefetch, not a HEAD request), and with which browser. */
export interface PageVisit {
  isPageView: boolean
  userAgent: string | null
}

/**
 * The listing page's view counter. It must never break the page: any failure is logged and the
 * view is lost, which a statistic can afford.
 */
export async function countListingView(listingId: number, visit: PageVisit, viewer: { id: string } | null): Promise<void> {
  if (!visit.isPageView) return
  try {
    await recordListingView(getDb(), listingId, new Date(), { userAgent: visit.userAgent, userId: viewer?.id ?? null })
  } catch (error) {
    getLogger().warn({ err: error, listingId }, 'listing view not counted')
  }
}
