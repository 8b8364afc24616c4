import { and, asc, eq, isNull } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { contentReports, moderationDecisions, organizations } from '../../../db/schema'
import { Forbidden, Invalid, NotFound } from '~/utils/errors'
import { recordAudit } from '../security/audit.server'
import { blockListings, releaseHeldListing, setSuspended, type Restore } from './listing-effects.server'
import { mailReporters, mailStatement } from './mails.server'
import type { CaseKeyInput, DecisionInput } from './moderation.schema'
import { inScope, isAdmin, type Moderator } from './scope.server'

/**
 * Decides every open report of a case at once: dismiss (a held listing then goes live), ask for a
 * change, unpublish the listing, or suspend the company (admins only). The provider gets a statement
 * of reasons for anything but a dismissal, reporters with an address get the outcome, and the audit
 * log gets the decision. Returns the decision's id.
 */
export async function decideCase(opts: { moderator: Moderator; key: CaseKeyInput; input: DecisionInput; now?: Date }): Promise<string> {
  const { moderator: m, key, input } = opts
  const now = opts.now ?? new Date()
  if (input.action === 'suspend' && !isAdmin(m)) throw new Forbidden('only admins suspend companies')
  if (input.action === 'unpublish' && key.kind === 'company') throw new Invalid({ action: 'moderation.error.unpublishCompany' })
  return getDb().transaction(async (tx) => {
    const caseWhere =
      key.kind === 'listing' ? eq(contentReports.listingId, key.listingId) : and(eq(contentReports.organizationId, key.organizationId), isNull(contentReports.listingId))
    const open = await tx
      .select({
        id: contentReports.id,
        organizationId: contentReports.organizationId,
        source: contentReports.source,
        createdAt: contentReports.createdAt,
        snapshot: contentReports.snapshot,
        reporterEmail: contentReports.reporterEmail,
        reporterName: contentReports.reporterName,
        reporterLang: contentReports.reporterLang,
      })
      .from(contentReports)
      .where(and(caseWhere, isNull(contentReports.decisionId), inScope(m, contentReports.organizationId)))
      .orderBy(asc(contentReports.createdAt))
      .for('update')
    if (open.length === 0) throw new NotFound('case')
    const organizationId = open[0].organizationId
    const listingId = key.kind === 'listing' ? key.listingId : null
    let restore: Restore = []
    if (input.action === 'dismiss' && listingId !== null) await releaseHeldListing(tx, listingId, now)
    if (input.action === 'unpublish' && listingId !== null) restore = await blockListings(tx, { listingId }, now)
    if (input.action === 'suspend') {
      await setSuspended(tx, organizationId, now)
      restore = await blockListings(tx, { organizationId }, now)
    }
    const [decision] = await tx
      .insert(moderationDecisions)
      .values({ organizationId, listingId, action: input.action, rule: input.rule, statement: input.statement, decidedBy: m.userId, firstReportedAt: open[0].createdAt, decidedAt: now, restore })
      .returning({ id: moderationDecisions.id })
    for (const r of open) await tx.update(contentReports).set({ decisionId: decision.id }).where(eq(contentReports.id, r.id))
    await recordAudit(
      { actorId: m.userId, action: `moderation.${input.action}`, targetType: listingId !== null ? 'listing' : 'organization', targetId: listingId !== null ? String(listingId) : organizationId, meta: { decision: decision.id, reports: open.length, rule: input.rule } },
      tx,
    )
    const [company] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId))
    const title = open[open.length - 1].snapshot.title
    if (input.action !== 'dismiss') {
      await mailStatement(tx, {
        organizationId,
        companyName: company.name,
        contentTitle: title,
        action: input.action,
        rule: input.rule,
        statement: input.statement,
        isAutomated: open.every((r) => r.source === 'risk_check'),
      })
    }
    await mailReporters(tx, open.map((r) => ({ ...r, title: r.snapshot.title })), input.action)
    return decision.id
  })
}
