import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { contentReports, listings, moderationDecisions, moderationObjections, organizations, type ContentSnapshot } from '../../../db/schema'
import { NotFound } from '~/utils/errors'
import type { CaseKeyInput } from './moderation.schema'
import { inScope, type Moderator } from './scope.server'

export interface QueueCase {
  key: string
  kind: 'listing' | 'company'
  title: string
  companyName: string
  reports: number
  reasons: string[]
  isRiskHold: boolean
  oldestAt: string
}

export const caseKeyOf = (row: { listingId: number | null; organizationId: string }) =>
  row.listingId !== null ? `listing-${row.listingId}` : `company-${row.organizationId}`

/** Open reports grouped by listing or company, the longest waiting first. */
export async function listQueue(m: Moderator): Promise<QueueCase[]> {
  const rows = await getDb()
    .select({
      organizationId: contentReports.organizationId,
      listingId: contentReports.listingId,
      companyName: organizations.name,
      reports: sql<number>`count(*)::int`,
      reasons: sql<string[]>`array_agg(distinct ${contentReports.reason})`,
      isRiskHold: sql<boolean>`bool_or(${contentReports.source} = 'risk_check')`,
      oldestAt: sql<string>`min(${contentReports.createdAt})`,
      title: sql<string>`(array_agg(${contentReports.snapshot}->>'title' order by ${contentReports.createdAt} desc))[1]`,
    })
    .from(contentReports)
    .innerJoin(organizations, eq(organizations.id, contentReports.organizationId))
    .where(and(isNull(contentReports.decisionId), inScope(m, contentReports.organizationId)))
    .groupBy(contentReports.organizationId, contentReports.listingId, organizations.name)
    .orderBy(sql`min(${contentReports.createdAt})`)
  return rows.map((r) => ({
    key: caseKeyOf(r),
    kind: r.listingId !== null ? 'listing' : 'company',
    title: r.title,
    companyName: r.companyName,
    reports: Number(r.reports),
    reasons: r.reasons,
    isRiskHold: r.isRiskHold,
    oldestAt: new Date(r.oldestAt).toISOString(),
  }))
}

const caseWhere = (key: CaseKeyInput) =>
  key.kind === 'listing' ? eq(contentReports.listingId, key.listingId) : and(eq(contentReports.organizationId, key.organizationId), isNull(contentReports.listingId))

/** One case with every report (open and decided), the content as each report saw it, and the decisions so far. */
export async function getCase(m: Moderator, key: CaseKeyInput) {
  const db = getDb()
  const reports = await db
    .select({
      id: contentReports.id,
      source: contentReports.source,
      reason: contentReports.reason,
      explanation: contentReports.explanation,
      snapshot: contentReports.snapshot,
      hasReporterAddress: sql<boolean>`${contentReports.reporterEmail} is not null`,
      createdAt: contentReports.createdAt,
      decisionId: contentReports.decisionId,
      organizationId: contentReports.organizationId,
    })
    .from(contentReports)
    .where(and(caseWhere(key), inScope(m, contentReports.organizationId)))
    .orderBy(asc(contentReports.createdAt))
  if (reports.length === 0) throw new NotFound('case')
  const organizationId = reports[0].organizationId
  const [company] = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, isVerified: organizations.isVerified, suspendedAt: organizations.suspendedAt, createdAt: organizations.createdAt })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
  const listing =
    key.kind === 'listing'
      ? ((await db.select({ id: listings.id, status: listings.status, title: listings.title }).from(listings).where(eq(listings.id, key.listingId)))[0] ?? null)
      : null
  const decisions = await db
    .select({
      id: moderationDecisions.id,
      action: moderationDecisions.action,
      rule: moderationDecisions.rule,
      statement: moderationDecisions.statement,
      decidedAt: moderationDecisions.decidedAt,
      reversedAt: moderationDecisions.reversedAt,
      objectionOutcome: moderationObjections.outcome,
      hasObjection: sql<boolean>`${moderationObjections.id} is not null`,
    })
    .from(moderationDecisions)
    .leftJoin(moderationObjections, eq(moderationObjections.decisionId, moderationDecisions.id))
    .where(
      and(
        eq(moderationDecisions.organizationId, organizationId),
        key.kind === 'listing' ? eq(moderationDecisions.listingId, key.listingId) : isNull(moderationDecisions.listingId),
      ),
    )
    .orderBy(desc(moderationDecisions.decidedAt))
  return {
    key: key.kind === 'listing' ? `listing-${key.listingId}` : `company-${organizationId}`,
    kind: key.kind,
    company: { ...company, suspendedAt: company.suspendedAt?.toISOString() ?? null, createdAt: company.createdAt.toISOString() },
    listing,
    openCount: reports.filter((r) => r.decisionId === null).length,
    reports: reports.map((r) => ({
      id: r.id,
      source: r.source,
      reason: r.reason,
      explanation: r.explanation,
      snapshot: r.snapshot as ContentSnapshot,
      hasReporterAddress: Boolean(r.hasReporterAddress),
      createdAt: r.createdAt.toISOString(),
      isOpen: r.decisionId === null,
    })),
    decisions: decisions.map((d) => ({ ...d, decidedAt: d.decidedAt.toISOString(), reversedAt: d.reversedAt?.toISOString() ?? null, hasObjection: Boolean(d.hasObjection) })),
  }
}
