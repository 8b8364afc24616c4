import { createHmac, randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { getEnv } from '~/utils/env.server'
import { getDb, type Database } from '../../../db/client'
import { appSecrets } from '../../../db/schema'

const INSTALLATION_SECRET = 'installation'

/** A key for one purpose only, so one secret can sign several kinds of link without their tokens mixing. */
export function deriveLinkKey(secret: string, purpose: string): Uint8Array {
  return createHmac('sha256', secret).update(purpose).digest()
}

const secrets = new WeakMap<Database, Promise<string>>()

/**
 * The key for signed links of one purpose (unsubscribe, referral consent, candidate pseudonyms), from
 * SESSION_SECRET when configured. Without it, from a random secret the installation creates once and
 * keeps in `app_secrets`: the database (not DATA_DIR) because the web server, which checks links,
 * and the worker, which mails them, may run on different machines but always share the database.
 */
export async function getLinkKey(purpose: string, db: Database = getDb()): Promise<Uint8Array> {
  const configured = getEnv().SESSION_SECRET
  if (configured) return deriveLinkKey(configured, purpose)
  let secret = secrets.get(db)
  if (!secret) {
    secret = installationSecret(db)
    // A failed read must not stick: the next call tries again.
    secret.catch(() => secrets.delete(db))
    secrets.set(db, secret)
  }
  return deriveLinkKey(await secret, purpose)
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
