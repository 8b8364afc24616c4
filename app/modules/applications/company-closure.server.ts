import { and, eq, isNotNull } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { applications, listings, organizations, users } from '../../../db/schema'
import { mailSeeker } from './notify.server'

const ENDED = ['hired', 'rejected', 'withdrawn'] as const

/**
 * A company leaves Passgenau with its listings and applications (its last member deleted the
 * account): everyone still waiting for an answer is told, so nobody waits for a reply that cannot come.
 * Call inside the transaction that deletes the company, before the delete.
 */
export async function tellApplicantsCompanyLeft(tx: Database, organizationId: string): Promise<number> {
  const waiting = await tx
    .select({ title: listings.title, company: organizations.name, email: users.email, name: users.name, lang: users.lang, status: applications.status })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(users, eq(users.id, applications.seekerId))
    .where(and(eq(listings.organizationId, organizationId), isNotNull(applications.seekerId)))
  const open = waiting.filter((row) => !(ENDED as readonly string[]).includes(row.status))
  for (const row of open) await mailSeeker(tx, row, 'application-company-left', () => ({ title: row.title, company: row.company }))
  return open.length
}

