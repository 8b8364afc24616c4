/* The value lists and limits of an application, for the database, the forms and the pages. */

/** The pipeline's order; `rejected` and `withdrawn` end an application from either side. */
export const APPLICATION_STATUSES = ['received', 'in_review', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const
export const APPLICATION_EVENT_KINDS = ['status', 'note', 'message', 'withdrawn'] as const
export const APPLICATION_SIDES = ['seeker', 'company'] as const
/** Also a check constraint on the column (kept as a literal there, for the migration). */
export const COVER_LETTER_MAX = 5000
export const MESSAGE_MAX = 5000

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]
export type ApplicationEventKind = (typeof APPLICATION_EVENT_KINDS)[number]
export type ApplicationSide = (typeof APPLICATION_SIDES)[number]
