import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Database } from '../../../db/client'
import { deriveLinkKey, getLinkKey } from '../security/link-keys.server'

/**
 * Unsubscribe links carry HMAC-SHA256(key, savedSearchId), so a mail's reader can cancel that one
 * alert without signing in, and nobody can forge a link for another search. Tokens do not expire:
 * an unsubscribe link must keep working in old mails.
 */
const PURPOSE = 'saved-search-unsubscribe/v1'

export function signUnsubscribeToken(savedSearchId: string, key: Uint8Array): string {
  return createHmac('sha256', key).update(savedSearchId).digest('base64url')
}

export function isValidUnsubscribeToken(savedSearchId: string, token: string, key: Uint8Array): boolean {
  const expected = Buffer.from(signUnsubscribeToken(savedSearchId, key))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** A key for this purpose only, so the same secret can sign other things without their tokens mixing. */
export const deriveUnsubscribeKey = (secret: string): Uint8Array => deriveLinkKey(secret, PURPOSE)

export const getUnsubscribeKey = (db?: Database): Promise<Uint8Array> => getLinkKey(PURPOSE, db)
