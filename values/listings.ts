/* The value lists of a listing: the database columns, the zod schemas, search and the forms all read them here. */

export const OFFER_TYPES = ['ausbildung', 'job', 'praktikum', 'duales-studium', 'eq'] as const
export const WORKING_TIMES = ['vollzeit', 'teilzeit', 'schicht', 'minijob'] as const
/** Ordered from lowest to highest; a listing requires at most a rank, a seeker has one. */
export const CERTIFICATES = ['none', 'hauptschule', 'mittlere-reife', 'fachhochschulreife', 'abitur'] as const
export const GERMAN_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const
export const BENEFITS = ['shuttle', 'deutschlandticket', 'housing', 'licence', 'relocation'] as const
/**
 * Languages a listing can name as spoken at the workplace ("Arbeitssprachen"): German, English and
 * the languages most newcomers to the Harz speak. Codes as in the seeker profile's language list.
 */
export const WORKPLACE_LANGUAGES = ['de', 'en', 'uk', 'ru', 'pl', 'ro', 'bg', 'ar', 'tr', 'fa', 'ku', 'vi'] as const
/** `held`: stopped by the risk check until reviewed; `blocked`: taken off the site by moderation. */
export const LISTING_STATUSES = ['draft', 'published', 'closed', 'expired', 'held', 'blocked'] as const
export const PAY_PERIODS = ['hour', 'month', 'year'] as const

export type OfferType = (typeof OFFER_TYPES)[number]
export type Benefit = (typeof BENEFITS)[number]
export type WorkplaceLanguage = (typeof WORKPLACE_LANGUAGES)[number]
export type WorkingTime = (typeof WORKING_TIMES)[number]
export type Certificate = (typeof CERTIFICATES)[number]
export type GermanLevel = (typeof GERMAN_LEVELS)[number]
export type ListingStatus = (typeof LISTING_STATUSES)[number]

const rankOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value, rank) => [value, rank])) as Record<T, number>

/** A certificate's rank: its place in CERTIFICATES, lowest first. */
export const CERTIFICATE_RANK = rankOf(CERTIFICATES)
/** A German level's rank: its place in GERMAN_LEVELS, lowest first. */
export const GERMAN_RANK = rankOf(GERMAN_LEVELS)
