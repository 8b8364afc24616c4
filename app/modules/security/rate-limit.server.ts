import { sql } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { rateLimits } from '../../../db/schema'

export interface RateLimitRule {
  limit: number
  windowMs: number
}

export const RATE_LIMITS = {
  /** Guesses at one account from one address: the lock an attacker can put only on themselves. */
  signInPerAccountAndIp: { limit: 10, windowMs: 15 * 60_000 },
  /** Guesses at one account spread over many addresses; loose, so the owner is rarely caught by it. */
  signInPerAccount: { limit: 50, windowMs: 15 * 60_000 },
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

/** Give back one hit, for an attempt that turned out legitimate: only failures should fill the window. */
export async function releaseRateLimit(key: string) {
  await getDb()
    .update(rateLimits)
    .set({ hits: sql`greatest(${rateLimits.hits} - 1, 0)` })
    .where(sql`${rateLimits.key} = ${key}`)
}

/** Forget the failures after a successful sign-in. */
export async function clearRateLimit(key: string) {
  await getDb().delete(rateLimits).where(sql`${rateLimits.key} = ${key}`)
}

/**
 * The part of a client address that one party controls: an IPv4 address (also IPv4-mapped IPv6),
 * or the /64 network of an IPv6 address, since a single host usually holds a whole /64.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip)
  if (mapped) return mapped[1]
  if (!ip.includes(':')) return ip
  const bare = ip.replace(/%.*$/, '')
  const [head, tail = ''] = bare.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = bare.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`
}
