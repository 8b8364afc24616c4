import { sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { chamberMemberships } from '../../../db/schema'

/**
 * Who moderates: an admin sees every case; chamber staff see the cases of their chamber's verified
 * member businesses, and nothing else (another chamber's members are "not found").
 */
export interface Moderator {
  userId: string
  chamberId: string | null
}

export const isAdmin = (m: Moderator) => m.chamberId === null

/** The moderator's part of a WHERE clause on a column holding the provider company's id. */
export function inScope(m: Moderator, organizationId: AnyPgColumn): SQL | undefined {
  if (m.chamberId === null) return undefined
  return sql`exists (select 1 from ${chamberMemberships} cm where cm.company_id = ${organizationId} and cm.chamber_id = ${m.chamberId} and cm.status = 'verified')`
}
