import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { moderationDecisions, moderationObjections, organizations, contentReports } from '../../../db/schema'
import { Conflict, Forbidden, NotFound } from '~/utils/errors'
import { recordAudit } from '../security/audit.server'
import { restoreListings, setSuspended } from './listing-effects.server'
import { mailObjectionOutcome } from './mails.server'

/** Decisions a provider can object to: the ones that restrict or ask something of them. */
const OBJECTABLE = ['request_change', 'unpublish', 'suspend'] as const

const titleOf = sql<string>`(select ${contentReports.snapshot}->>'title' from ${contentReports} where ${contentReports.decisionId} = ${moderationDecisions.id} order by ${contentReports.createdAt} desc limit 1)`

/** The decisions about a company, newest first, with the objection filed against each. */
export async function listCompanyDecisions(organizationId: string) {
  const rows = await getDb()
    .select({
      id: moderationDecisions.id,
      action: moderationDecisions.action,
      rule: moderationDecisions.rule,
      statement: moderationDecisions.statement,
      listingId: moderationDecisions.listingId,
      decidedAt: moderationDecisions.decidedAt,
      reversedAt: moderationDecisions.reversedAt,
      title: titleOf,
      objection: { text: moderationObjections.text, outcome: moderationObjections.outcome, note: moderationObjections.note, createdAt: moderationObjections.createdAt },
    })
    .from(moderationDecisions)
    .leftJoin(moderationObjections, eq(moderationObjections.decisionId, moderationDecisions.id))
    .where(and(eq(moderationDecisions.organizationId, organizationId), inArray(moderationDecisions.action, [...OBJECTABLE])))
    .orderBy(desc(moderationDecisions.decidedAt))
  return rows.map((r) => ({
    ...r,
    decidedAt: r.decidedAt.toISOString(),
    reversedAt: r.reversedAt?.toISOString() ?? null,
    objection: r.objection?.createdAt ? { ...r.objection, createdAt: r.objection.createdAt.toISOString() } : null,
  }))
}

/** The company objects to a decision about it, once (DSA Art. 20). */
export async function fileObjection(opts: { organizationId: string; userId: string; decisionId: string; text: string; now?: Date }) {
  const now = opts.now ?? new Date()
  await getDb().transaction(async (tx) => {
    const [decision] = await tx
      .select({ id: moderationDecisions.id })
      .from(moderationDecisions)
      .where(and(eq(moderationDecisions.id, opts.decisionId), eq(moderationDecisions.organizationId, opts.organizationId), inArray(moderationDecisions.action, [...OBJECTABLE])))
    if (!decision) throw new NotFound('decision')
    const inserted = await tx
      .insert(moderationObjections)
      .values({ decisionId: decision.id, text: opts.text, submittedBy: opts.userId, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: moderationObjections.id })
    if (inserted.length === 0) throw new Conflict({}, 'moderation.objection.already')
    await recordAudit({ actorId: opts.userId, action: 'moderation.objection.filed', targetType: 'moderation_decision', targetId: decision.id, meta: { objection: inserted[0].id } }, tx)
  })
}

/** Objections waiting for an admin, oldest first; the ones this admin decided originally are marked. */
export async function listOpenObjections(adminId: string) {
  const rows = await getDb()
    .select({
      id: moderationObjections.id,
      text: moderationObjections.text,
      createdAt: moderationObjections.createdAt,
      decisionId: moderationDecisions.id,
      action: moderationDecisions.action,
      rule: moderationDecisions.rule,
      statement: moderationDecisions.statement,
      listingId: moderationDecisions.listingId,
      organizationId: moderationDecisions.organizationId,
      companyName: organizations.name,
      decidedAt: moderationDecisions.decidedAt,
      decidedBy: moderationDecisions.decidedBy,
      title: titleOf,
    })
    .from(moderationObjections)
    .innerJoin(moderationDecisions, eq(moderationDecisions.id, moderationObjections.decisionId))
    .innerJoin(organizations, eq(organizations.id, moderationDecisions.organizationId))
    .where(isNull(moderationObjections.decidedAt))
    .orderBy(moderationObjections.createdAt)
  return rows.map(({ decidedBy, ...r }) => ({ ...r, createdAt: r.createdAt.toISOString(), decidedAt: r.decidedAt.toISOString(), isOwnDecision: decidedBy === adminId }))
}

/**
 * Another admin than the one who decided weighs the objection: the decision stands (upheld), or is
 * undone (reversed) — listings come back, a suspension ends, and search follows through the outbox.
 */
export async function decideObjection(opts: { adminId: string; objectionId: string; outcome: 'upheld' | 'reversed'; note: string; now?: Date }) {
  const now = opts.now ?? new Date()
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ objection: moderationObjections, decision: moderationDecisions, title: titleOf })
      .from(moderationObjections)
      .innerJoin(moderationDecisions, eq(moderationDecisions.id, moderationObjections.decisionId))
      .where(and(eq(moderationObjections.id, opts.objectionId), isNull(moderationObjections.decidedAt)))
      .for('update')
    if (!row) throw new NotFound('objection')
    const { decision } = row
    if (decision.decidedBy === opts.adminId) throw new Forbidden('the deciding admin cannot review their own decision')
    const claimed = await tx
      .update(moderationObjections)
      .set({ outcome: opts.outcome, note: opts.note, decidedBy: opts.adminId, decidedAt: now })
      .where(and(eq(moderationObjections.id, row.objection.id), isNull(moderationObjections.decidedAt)))
      .returning({ id: moderationObjections.id })
    if (claimed.length === 0) throw new NotFound('objection')
    if (opts.outcome === 'reversed') {
      await tx.update(moderationDecisions).set({ reversedAt: now }).where(eq(moderationDecisions.id, decision.id))
      if (decision.action === 'suspend') await setSuspended(tx, decision.organizationId, null)
      await restoreListings(tx, decision.restore, now)
    }
    await recordAudit(
      { actorId: opts.adminId, action: `moderation.objection.${opts.outcome}`, targetType: 'moderation_decision', targetId: decision.id, meta: { objection: row.objection.id } },
      tx,
    )
    await mailObjectionOutcome(tx, { organizationId: decision.organizationId, contentTitle: row.title ?? '', outcome: opts.outcome, note: opts.note })
  })
}
