import { z } from 'zod'
import { MODERATION_ACTIONS, OBJECTION_OUTCOMES, REPORT_REASONS } from '../../../values/moderation'


/* Inputs of the report form, the moderation queue and the objections; no server imports. */

export const EXPLANATION_MAX = 2000
export const STATEMENT_MAX = 2000

/** The house rules a decision can rest on; each has a title and its basis in the dictionaries. */
export const MODERATION_RULES = ['scam', 'discrimination', 'pay', 'stale', 'contact', 'illegal', 'terms'] as const
export type ModerationRule = (typeof MODERATION_RULES)[number]

const text = (min: number, max: number, message: string) =>
  z.string(message).trim().min(min, message).max(max, message)

export const ReportForm = z.object({
  reason: z.enum(REPORT_REASONS, 'moderation.error.reason'),
  explanation: text(10, EXPLANATION_MAX, 'moderation.error.explanation'),
  name: z.string().trim().max(100, 'form.tooLong').optional().transform((v) => v || null),
  email: z
    .string()
    .trim()
    .max(254, 'moderation.error.email')
    .optional()
    .transform((v) => v || null)
    .pipe(z.email('moderation.error.email').nullable()),
  // Art. 16(2)(d) DSA: the notifier confirms a bona fide belief that what they say is accurate.
  goodFaith: z.literal('on', 'moderation.error.goodFaith'),
})
export type ReportInput = z.infer<typeof ReportForm>

/** What a report is about, as the report link carries it: one of the three, never two. */
export const ReportTarget = z.union([
  z.object({ listing: z.string().regex(/^\d{1,10}$/) }).transform((v) => ({ kind: 'listing' as const, id: v.listing })),
  z.object({ company: z.string().regex(/^[a-z0-9-]{1,120}$/) }).transform((v) => ({ kind: 'company' as const, id: v.company })),
  z.object({ event: z.uuid() }).transform((v) => ({ kind: 'event' as const, id: v.event })),
])
export type ReportTargetInput = z.infer<typeof ReportTarget>

/** A case in the queue: a listing (`listing-12`) or a company (`company-<uuid>`). */
export const CaseKey = z.union([
  z.string().regex(/^listing-\d{1,10}$/).transform((v) => ({ kind: 'listing' as const, listingId: Number(v.slice(8)) })),
  z
    .string()
    .regex(/^company-[0-9a-f-]{36}$/i)
    .transform((v) => ({ kind: 'company' as const, organizationId: v.slice(8) }))
    .pipe(z.object({ kind: z.literal('company'), organizationId: z.uuid() })),
])
export type CaseKeyInput = z.infer<typeof CaseKey>

export const DecisionForm = z.object({
  action: z.enum(MODERATION_ACTIONS, 'moderation.error.action'),
  rule: z.enum(MODERATION_RULES, 'moderation.error.rule'),
  statement: text(10, STATEMENT_MAX, 'moderation.error.statement'),
})
export type DecisionInput = z.infer<typeof DecisionForm>

export const ObjectionForm = z.object({
  decisionId: z.uuid('moderation.error.decision'),
  text: text(10, STATEMENT_MAX, 'moderation.error.objection'),
})

export const ObjectionDecisionForm = z.object({
  objectionId: z.uuid('moderation.error.objectionId'),
  outcome: z.enum(OBJECTION_OUTCOMES, 'moderation.error.outcome'),
  note: text(10, STATEMENT_MAX, 'moderation.error.note'),
})
