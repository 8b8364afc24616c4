import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Database } from '../../../db/client'
import { getLinkKey } from '../security/link-keys.server'

/**
 * The link in a referral offer lets the applicant answer without signing in, so it carries
 * `<referral id>.<expiry>.<HMAC-SHA256 of both>`: nobody can forge one for another referral or
 * stretch its life. Unlike an unsubscribe link it expires: a consent is only asked for a while.
 */
export const REFERRAL_LINK_DAYS = 30
const DAY_MS = 86_400_000
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const PURPOSE = 'candidate-referral/v1'

const sign = (payload: string, key: Uint8Array) => createHmac('sha256', key).update(payload).digest('base64url')

export function signReferralToken(referralId: string, key: Uint8Array, now: Date = new Date()): string {
  const expires = Math.floor((now.getTime() + REFERRAL_LINK_DAYS * DAY_MS) / 1000).toString(36)
  const payload = `${referralId}.${expires}`
  return `${payload}.${sign(payload, key)}`
}

/** The referral the token was signed for, or null when it is malformed, tampered with or expired. */
export function readReferralToken(token: string, key: Uint8Array, now: Date = new Date()): string | null {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [referralId, expires, signature] = parts
  if (!UUID.test(referralId) || !/^[0-9a-z]{1,12}$/.test(expires)) return null
  const expected = Buffer.from(sign(`${referralId}.${expires}`, key))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return parseInt(expires, 36) * 1000 > now.getTime() ? referralId : null
}

/** The installation's key for referral links (SESSION_SECRET, or the secret kept in the database). */
export const getReferralKey = (db?: Database): Promise<Uint8Array> => getLinkKey(PURPOSE, db)
