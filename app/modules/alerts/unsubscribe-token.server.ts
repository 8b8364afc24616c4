import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { getEnv } from '~/utils/env.server'
import { getDb, type Database } from '../../../db/client'
import { appSecrets } from '../../../db/schema'

/**
 * Unsubscribe links carry HMAC-SHA256(key, savedSearchId), so a mail's reader can cancel that one
 * alert without signing in, and nobody can forge a link for another search. Tokens do not expire:
 * an unsubscribe link must keep working in old mails.
 */
const PURPOSE = 'saved-search-unsubscribe/v1'
const INSTALLATION_SECRET = 'installation'

export function signUnsubscribeToken(savedSearchId: string, key: Uint8Array): string {
  return createHmac('sha256', key).update(savedSearchId).digest('base64url')
}

export function isValidUnsubscribeToken(savedSearchId: string, token: string, key: Uint8Array): boolean {
  const expected = Buffer.from(signUnsubscribeToken(savedSearchId, key))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** A key for this purpose only, so the same secret can sign other things without their tokens mixing. */
export function deriveUnsubscribeKey(secret: string): Uint8Array {
  return createHmac('sha256', secret).update(PURPOSE).digest()
}

const keys = new WeakMap<Database, Promise<Uint8Array>>()

/**
 * SESSION_SECRET when configured. Without it, a random secret the installation creates once and
 * keeps in `app_secrets`: the database (not DATA_DIR) because the web server, which checks links,
 * and the worker, which mails them, may run on different machines but always share the database.
 */
export function getUnsubscribeKey(db: Database = getDb()): Promise<Uint8Array> {
  const configured = getEnv().SESSION_SECRET
  if (configured) return Promise.resolve(deriveUnsubscribeKey(configured))
  let key = keys.get(db)
  if (!key) {
    key = installationSecret(db).then(deriveUnsubscribeKey)
    // A failed read must not stick: the next call tries again.
    key.catch(() => keys.delete(db))
    keys.set(db, key)
  }
  return key
}

async function installationSecret(db: Database): Promise<string> {
  // Two processes starting at once both insert; the first wins and both read its value.
  await db
    .insert(appSecrets)
    .values({ name: INSTALLATION_SECRET, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
  const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, INSTALLATION_SECRET))
  return row.value
}
