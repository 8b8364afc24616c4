import { and, eq } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { applications, listings, organizations, users } from '../../../db/schema'
import { NotFound } from '~/utils/errors'
import { isUuid } from './applications.schema'

export interface CompanyScope {
  organizationId: string
  applicationId: string
}

/**
 * One application to a listing of the company. The company is part of the WHERE clause, so an
 * application to another company's listing and one that does not exist are the same 404.
 * `seeker` is null once the applicant erased their account.
 */
export async function findCompanyApplication(db: Database, scope: CompanyScope, opts: { lock?: boolean } = {}) {
  if (!isUuid(scope.applicationId)) throw new NotFound('application')
  const query = db
    .select({
      id: applications.id,
      status: applications.status,
      coverLetter: applications.coverLetter,
      createdAt: applications.createdAt,
      firstReplyAt: applications.firstReplyAt,
      lastCompanyActionAt: applications.lastCompanyActionAt,
      overdueAt: applications.overdueAt,
      listingId: listings.id,
      listingTitle: listings.title,
      organizationId: listings.organizationId,
      companyName: organizations.name,
      seekerId: applications.seekerId,
      seeker: { name: users.name, email: users.email, lang: users.lang },
    })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .leftJoin(users, eq(users.id, applications.seekerId))
    .where(and(eq(applications.id, scope.applicationId), eq(listings.organizationId, scope.organizationId)))
  const [row] = opts.lock ? await query.for('update', { of: applications }) : await query
  if (!row) throw new NotFound('application')
  const { seeker, ...rest } = row
  return { ...rest, seeker: row.seekerId && seeker?.email ? (seeker as { name: string; email: string; lang: 'de' | 'en' }) : null }
}

/** What every answer of the company that the seeker can see does to the reply-deadline clock. */
export const companyAnswered = (now: Date, firstReplyAt: Date | null) => ({
  updatedAt: now,
  lastCompanyActionAt: now,
  firstReplyAt: firstReplyAt ?? now,
  reminderSentAt: null,
  overdueAt: null,
})
