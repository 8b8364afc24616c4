import { and, eq } from 'drizzle-orm'
import { NotFound } from '~/utils/errors'
import type { Database } from '../../../db/client'
import { counsellingConsents, users } from '../../../db/schema'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface CaseScope {
  /** The viewer's chamber, from requireChamberStaff: never taken from the request. */
  chamberId: string
  seekerId: string
}

/**
 * A seeker's case at the viewer's chamber. The consent to this chamber is part of the WHERE clause,
 * so a seeker who never consented, consented to another chamber or revoked is the same 404.
 * With `lock`, the consent row is held until the transaction ends: a revocation running at the same
 * time waits, and never leaves a note or a recommendation behind.
 */
export async function findCase(db: Database, scope: CaseScope, opts: { lock?: boolean } = {}) {
  if (!UUID.test(scope.seekerId)) throw new NotFound('case')
  const query = db
    .select({ seekerId: counsellingConsents.seekerId, name: users.name, email: users.email, lang: users.lang, grantedAt: counsellingConsents.grantedAt })
    .from(counsellingConsents)
    .innerJoin(users, eq(users.id, counsellingConsents.seekerId))
    .where(and(eq(counsellingConsents.chamberId, scope.chamberId), eq(counsellingConsents.seekerId, scope.seekerId)))
  const [row] = opts.lock ? await query.for('share', { of: counsellingConsents }) : await query
  if (!row) throw new NotFound('case')
  return row
}
