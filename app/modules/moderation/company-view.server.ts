import { and, count, desc, eq } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { contentReports, listings, moderationDecisions, organizationMembers, organizations, users } from '../../../db/schema'
import { NotFound } from '~/utils/errors'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * What an admin needs to judge a provider: the company, its accounts (who, since when, e-mail
 * confirmed), its listings by status and its moderation history. Admins only: it shows addresses.
 */
export async function getCompanyForAdmin(organizationId: string) {
  if (!UUID.test(organizationId)) throw new NotFound('company')
  const db = getDb()
  const [company] = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, website: organizations.website, isVerified: organizations.isVerified, suspendedAt: organizations.suspendedAt, createdAt: organizations.createdAt })
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), eq(organizations.kind, 'company')))
  if (!company) throw new NotFound('company')
  const accounts = await db
    .select({ name: users.name, email: users.email, role: organizationMembers.role, emailVerifiedAt: users.emailVerifiedAt, createdAt: users.createdAt })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(users.createdAt)
  const byStatus = await db.select({ status: listings.status, n: count() }).from(listings).where(eq(listings.organizationId, organizationId)).groupBy(listings.status)
  const recent = await db
    .select({ id: listings.id, title: listings.title, status: listings.status, createdAt: listings.createdAt })
    .from(listings)
    .where(eq(listings.organizationId, organizationId))
    .orderBy(desc(listings.createdAt))
    .limit(20)
  const [reports] = await db.select({ n: count() }).from(contentReports).where(eq(contentReports.organizationId, organizationId))
  const decisions = await db
    .select({ id: moderationDecisions.id, action: moderationDecisions.action, rule: moderationDecisions.rule, listingId: moderationDecisions.listingId, decidedAt: moderationDecisions.decidedAt, reversedAt: moderationDecisions.reversedAt })
    .from(moderationDecisions)
    .where(eq(moderationDecisions.organizationId, organizationId))
    .orderBy(desc(moderationDecisions.decidedAt))
  const iso = (d: Date | null) => d?.toISOString() ?? null
  return {
    company: { ...company, suspendedAt: iso(company.suspendedAt), createdAt: company.createdAt.toISOString() },
    accounts: accounts.map((a) => ({ ...a, emailVerifiedAt: iso(a.emailVerifiedAt), createdAt: a.createdAt.toISOString() })),
    listingCounts: byStatus.map((s) => ({ status: s.status, count: Number(s.n) })),
    recentListings: recent.map((l) => ({ ...l, createdAt: l.createdAt.toISOString() })),
    reportCount: Number(reports?.n ?? 0),
    decisions: decisions.map((d) => ({ ...d, decidedAt: d.decidedAt.toISOString(), reversedAt: iso(d.reversedAt) })),
  }
}
