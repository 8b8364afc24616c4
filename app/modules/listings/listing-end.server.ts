import { sql } from 'drizzle-orm'
import { listings } from '../../../db/schema'

/**
 * When a listing left the site: a closed one when it was closed (closed listings are read-only, so
 * their last change is the closing), an expired one when its time ran out. Shared by the dashboard's
 * "recently closed" and the retention schedule's closed-listing rule.
 */
export const listingEndedAt = sql<Date>`case when ${listings.status} = 'closed' then ${listings.updatedAt} else coalesce(${listings.expiresAt}, ${listings.updatedAt}) end`
