/* The value lists of chamber memberships, events and referrals. */

/** requested by the company → verified or refused by chamber staff; a verified membership can be revoked. */
export const MEMBERSHIP_STATUSES = ['requested', 'verified', 'refused', 'revoked'] as const
export const EVENT_KINDS = ['job_fair', 'open_day', 'info_evening', 'other'] as const
export const REFERRAL_STATUSES = ['offered', 'consented', 'declined'] as const

export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]
export type EventKind = (typeof EVENT_KINDS)[number]
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]

/** A counselling note's length limit; also a check constraint on the column (kept as a literal there, for the migration). */
export const NOTE_MAX = 5000
