import { and, asc, eq } from 'drizzle-orm'
import { NotFound } from '~/utils/errors'
import { getDb } from '../../../db/client'
import { counsellingConsents, organizations, places } from '../../../db/schema'
import type { ConsentInput } from './counselling.schema'

export interface ChamberConsent {
  chamberId: string
  name: string
  slug: string
  placeName: string | null
  /** When the seeker consented; null without consent. */
  grantedAt: string | null
}

/** Every chamber, with whether the seeker lets its counsellors see their case. */
export async function listChamberConsents(seekerId: string): Promise<ChamberConsent[]> {
  const rows = await getDb()
    .select({ chamberId: organizations.id, name: organizations.name, slug: organizations.slug, placeName: places.name, grantedAt: counsellingConsents.grantedAt })
    .from(organizations)
    .leftJoin(places, eq(places.id, organizations.placeId))
    .leftJoin(counsellingConsents, and(eq(counsellingConsents.chamberId, organizations.id), eq(counsellingConsents.seekerId, seekerId)))
    .where(eq(organizations.kind, 'chamber'))
    .orderBy(asc(organizations.name))
  return rows.map((r) => ({ ...r, grantedAt: r.grantedAt ? r.grantedAt.toISOString() : null }))
}

/**
 * Grants or revokes a chamber's view of the seeker's case. Revoking deletes the consent row, and the
 * foreign keys delete the chamber's notes and recommendations for the seeker in the same statement:
 * from the next request on, the counsellors find nothing. Granting twice changes nothing.
 */
export async function changeConsent(seekerId: string, { intent, chamberId }: ConsentInput): Promise<'granted' | 'revoked'> {
  const db = getDb()
  if (intent === 'revoke') {
    await db.delete(counsellingConsents).where(and(eq(counsellingConsents.seekerId, seekerId), eq(counsellingConsents.chamberId, chamberId)))
    return 'revoked'
  }
  const [chamber] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, chamberId), eq(organizations.kind, 'chamber')))
  if (!chamber) throw new NotFound('chamber')
  await db.insert(counsellingConsents).values({ seekerId, chamberId }).onConflictDoNothing()
  return 'granted'
}
