import { sql } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { rateLimits } from '../../../db/schema'

export interface RateLimitRule {
  limit: number
  windowMs: number
}

export const RATE_LIMITS = {
  signInPerAccount: { limit: 10, windowMs: 15 * 60_000 },
  signInPerIp: { limit: 50, windowMs: 15 * 60_000 },
  registerPerIp: { limit: 10, windowMs: 60 * 60_000 },
  resetPerIp: { limit: 10, windowMs: 60 * 60_000 },
  resetPerAccount: { limit: 3, windowMs: 60 * 60_000 },
  applyPerUser: { limit: 20, windowMs: 60 * 60_000 },
} satisfies Record<string, RateLimitRule>

export interface RateLimitResult {
  allowed: boolean
  retryAfterSeconds: number
}

/**
 * Counts a hit on `key` in a fixed window kept in Postgres, so every process shares it.
 * The upsert is one statement: two requests at once cannot both see the old count.
 */
export async function hitRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  // Raw SQL parameters are passed as ISO text with a cast: postgres.js does not serialise a Date there.
  const windowStart = sql`${new Date(now.getTime() - rule.windowMs).toISOString()}::timestamptz`
  const at = sql`${now.toISOString()}::timestamptz`
  const [row] = await getDb()
    .insert(rateLimits)
    .values({ key, windowStart: now, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${rateLimits.windowStart} <= ${windowStart} then 1 else ${rateLimits.hits} + 1 end`,
        windowStart: sql`case when ${rateLimits.windowStart} <= ${windowStart} then ${at} else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ hits: rateLimits.hits, windowStart: rateLimits.windowStart })
  const allowed = row.hits <= rule.limit
  const resetAt = row.windowStart.getTime() + rule.windowMs
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((resetAt - now.getTime()) / 1000)) }
}

/** Forget the failures after a successful sign-in. */
export async function clearRateLimit(key: string) {
  await getDb().delete(rateLimits).where(sql`${rateLimits.key} = ${key}`)
}
