import { z } from 'zod'
import { RISK_RULE_KINDS } from '../../../values/moderation'


/** Phrases and contact patterns are words; the thresholds are numbers within sensible bounds. */
export const NUMERIC_RULES = { pay_factor: { min: 1.5, max: 20 }, burst: { min: 2, max: 100 }, new_company_days: { min: 1, max: 3650 } } as const

export const RiskRuleForm = z
  .object({
    kind: z.enum(RISK_RULE_KINDS, 'moderation.risk.error.kind'),
    value: z.string('moderation.risk.error.value').trim().min(1, 'moderation.risk.error.value').max(80, 'moderation.risk.error.value'),
  })
  .superRefine((input, ctx) => {
    if (!(input.kind in NUMERIC_RULES)) {
      // A single letter would match nearly every listing.
      if (input.value.length < 2) ctx.addIssue({ code: 'custom', path: ['value'], message: 'moderation.risk.error.value' })
      return
    }
    const bounds = NUMERIC_RULES[input.kind as keyof typeof NUMERIC_RULES]
    const n = Number(input.value.replace(',', '.'))
    if (!Number.isFinite(n) || n < bounds.min || n > bounds.max) ctx.addIssue({ code: 'custom', path: ['value'], message: 'moderation.risk.error.number' })
  })

export const RiskRuleIdForm = z.object({ ruleId: z.coerce.number('moderation.risk.error.rule').int().positive().max(2_147_483_647) })
