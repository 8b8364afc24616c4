import { and, asc, eq, sql } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { riskRules } from '../../../db/schema'
import { Conflict, NotFound } from '~/utils/errors'
import { isUniqueViolation } from '~/utils/db-errors'
import { recordAudit } from '../security/audit.server'
import { NUMERIC_RULES } from './risk-rules.schema'
import type { RiskRuleKind } from '../../../values/moderation'

export async function listRiskRules() {
  const rows = await getDb().select({ id: riskRules.id, kind: riskRules.kind, value: riskRules.value, isActive: riskRules.isActive }).from(riskRules).orderBy(asc(riskRules.kind), asc(riskRules.id))
  return rows
}

const isNumeric = (kind: RiskRuleKind) => kind in NUMERIC_RULES

/**
 * Adds a phrase or contact pattern, or sets a threshold (one row per numeric kind, replaced in place).
 */
export async function saveRiskRule(opts: { actorId: string; kind: RiskRuleKind; value: string }) {
  const db = getDb()
  const value = isNumeric(opts.kind) ? String(Number(opts.value.replace(',', '.'))) : opts.value
  try {
    await db.transaction(async (tx) => {
      if (isNumeric(opts.kind)) {
        const updated = await tx.update(riskRules).set({ value, isActive: true, updatedBy: opts.actorId, updatedAt: sql`now()` }).where(eq(riskRules.kind, opts.kind)).returning({ id: riskRules.id })
        if (updated.length === 0) await tx.insert(riskRules).values({ kind: opts.kind, value, updatedBy: opts.actorId })
      } else {
        await tx.insert(riskRules).values({ kind: opts.kind, value, updatedBy: opts.actorId })
      }
      await recordAudit({ actorId: opts.actorId, action: 'risk_rule.saved', targetType: 'risk_rule', targetId: opts.kind, meta: { kind: opts.kind } }, tx)
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict({ value: 'moderation.risk.error.duplicate' })
    throw error
  }
}

/** Switches a rule on or off; thresholds stay, so switching one back on restores its value. */
export async function toggleRiskRule(opts: { actorId: string; ruleId: number }) {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(riskRules)
      .set({ isActive: sql`not ${riskRules.isActive}`, updatedBy: opts.actorId, updatedAt: sql`now()` })
      .where(and(eq(riskRules.id, opts.ruleId)))
      .returning({ id: riskRules.id, isActive: riskRules.isActive })
    if (!row) throw new NotFound('risk rule')
    await recordAudit({ actorId: opts.actorId, action: 'risk_rule.toggled', targetType: 'risk_rule', targetId: String(row.id), meta: { isActive: row.isActive } }, tx)
  })
}
