import type { Database } from '../client'

/** Invitations to apply sent to the demo seeker. Idempotent. */
export async function seedDemoInvitations(_db: Database, _opts: { now?: Date } = {}): Promise<void> {}
