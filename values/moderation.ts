/* The moderation tables' value lists, free of drizzle so forms and pages can import them. */

/** Reasons a notice can give (DSA Art. 16); the risk check files its holds under the same reasons. */
export const REPORT_REASONS = ['scam', 'discrimination', 'pay', 'filled', 'contact', 'other'] as const
/** A notice from anyone, or a listing held by the risk check before it went live. */
export const REPORT_SOURCES = ['notice', 'risk_check'] as const
export const MODERATION_ACTIONS = ['dismiss', 'request_change', 'unpublish', 'suspend'] as const
export const OBJECTION_OUTCOMES = ['upheld', 'reversed'] as const
export const RISK_RULE_KINDS = ['phrase', 'contact', 'pay_factor', 'burst', 'new_company_days'] as const

export type ReportReason = (typeof REPORT_REASONS)[number]
export type ModerationAction = (typeof MODERATION_ACTIONS)[number]
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number]
export type RiskRuleKind = (typeof RISK_RULE_KINDS)[number]
