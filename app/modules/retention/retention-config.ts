import { z } from 'zod'

/** A retention period: whole days or calendar months. */
export interface Period {
  amount: number
  unit: 'days' | 'months'
}

/**
 * The retention schedule's periods, in one place: the jobs enforce them, /datenschutz states them and
 * docs/retention.md is generated from the defaults (npm run docs:retention), so the three cannot disagree.
 */
export const RETENTION_RULES = {
  /** Documents, cover letter and messages of an application that ended. */
  applicationData: { env: 'RETENTION_APPLICATION_MONTHS', default: { amount: 6, unit: 'months' } },
  /** The seeker is told this long before their application's data goes. */
  applicationNotice: { env: 'RETENTION_APPLICATION_NOTICE_DAYS', default: { amount: 14, unit: 'days' } },
  unverifiedAccount: { env: 'RETENTION_UNVERIFIED_DAYS', default: { amount: 30, unit: 'days' } },
  /** Without a sign-in this long, the person gets a notice… */
  inactiveAccount: { env: 'RETENTION_INACTIVE_MONTHS', default: { amount: 24, unit: 'months' } },
  /** …and the account is deleted this long after the notice unless they sign in. */
  inactiveGrace: { env: 'RETENTION_INACTIVE_GRACE_MONTHS', default: { amount: 3, unit: 'months' } },
  mailBody: { env: 'RETENTION_MAIL_BODY_DAYS', default: { amount: 30, unit: 'days' } },
  mailRecord: { env: 'RETENTION_MAIL_MONTHS', default: { amount: 6, unit: 'months' } },
  auditLog: { env: 'RETENTION_AUDIT_MONTHS', default: { amount: 24, unit: 'months' } },
  counsellingNotes: { env: 'RETENTION_COUNSELLING_MONTHS', default: { amount: 12, unit: 'months' } },
  closedListing: { env: 'RETENTION_CLOSED_LISTING_MONTHS', default: { amount: 12, unit: 'months' } },
  /** A reporter's name and e-mail, counted from the decision on their report (they were told it then). */
  reporterContact: { env: 'RETENTION_REPORTER_CONTACT_MONTHS', default: { amount: 6, unit: 'months' } },
} as const satisfies Record<string, { env: string; default: Period }>

export type RetentionRule = keyof typeof RETENTION_RULES
export type RetentionConfig = Record<RetentionRule, Period>

export const RETENTION_RULE_NAMES = Object.keys(RETENTION_RULES) as RetentionRule[]

export const RETENTION_DEFAULTS: RetentionConfig = Object.fromEntries(
  RETENTION_RULE_NAMES.map((rule) => [rule, { ...RETENTION_RULES[rule].default }]),
) as RetentionConfig

// Never zero: a period of 0 would delete data the moment it is written.
const amount = z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(120 * 31, 'is too large')

/**
 * The configured periods: each default may be overridden by its environment variable (a whole number
 * in the rule's unit). Throws an Error naming the variable for a bad value.
 */
export function parseRetentionConfig(source: Record<string, string | undefined>): RetentionConfig {
  const config = {} as RetentionConfig
  for (const rule of RETENTION_RULE_NAMES) {
    const { env, default: fallback } = RETENTION_RULES[rule]
    const raw = source[env]
    if (raw === undefined || raw === '') {
      config[rule] = { ...fallback }
      continue
    }
    const parsed = amount.safeParse(raw)
    if (!parsed.success) throw new Error(`Invalid configuration: ${env} ${parsed.error.issues[0].message}`)
    config[rule] = { amount: parsed.data, unit: fallback.unit }
  }
  if (config.applicationNotice.amount >= daysIn(config.applicationData)) {
    throw new Error(`Invalid configuration: ${RETENTION_RULES.applicationNotice.env} must be shorter than ${RETENTION_RULES.applicationData.env}`)
  }
  return config
}

/** A lower bound of the period in days (a month counted as 28), for sanity checks only. */
function daysIn(period: Period): number {
  return period.unit === 'days' ? period.amount : period.amount * 28
}

/** `date` moved by the period (negative `sign`: back); months are calendar months in UTC, clamped to the month's end. */
export function shiftBy(date: Date, period: Period, sign: 1 | -1 = 1): Date {
  if (period.unit === 'days') return new Date(date.getTime() + sign * period.amount * 86_400_000)
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + sign * period.amount)
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}

/** The moment before which something kept for `period` is due at `now`. */
export const cutoff = (now: Date, period: Period) => shiftBy(now, period, -1)
