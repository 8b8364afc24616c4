/* The value lists of accounts: roles and interface languages. */

export const USER_ROLES = ['seeker', 'employer', 'chamber', 'admin'] as const
export const MEMBER_ROLES = ['owner', 'recruiter', 'counsellor'] as const
export type UserRole = (typeof USER_ROLES)[number]
export type MemberRole = (typeof MEMBER_ROLES)[number]
/**
 * Interface languages a person can choose; mails to them are written in it. German is the source
 * and the binding text, English is complete, the rest follow.
 */
export const INTERFACE_LANGS = ['de', 'en', 'uk', 'ar', 'tr'] as const
export const EMAIL_TOKEN_PURPOSES = ['verify-email', 'reset-password', 'change-email', 'invite'] as const
