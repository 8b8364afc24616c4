import type { OFFER_TYPES } from '../../../values/listings'

/* The listing form's limits, values and helpers, safe for the browser (no zod): the pages use them
   for hints, listing-form.schema.ts for its rules. */

export const TITLE_MAX = 120
export const DESCRIPTION_MAX = 10_000
export const MAX_TRAINING_YEARS = 4
export const MAX_PLACES = 100
/** Mindestausbildungsvergütung 2026 (§ 17 BBiG), per month, for the 1st to 4th training year. */
export const MIN_TRAINING_ALLOWANCE = [724, 854, 977, 1014] as const
export const MAX_TRAINING_ALLOWANCE = 5000
/** Sensible bounds per pay period, in whole euros; minijobs may be paid below the monthly floor. */
export const PAY_BOUNDS = { hour: [12, 200], month: [300, 30_000], minijobMonth: [50, 30_000], praktikum: [0, 3000], eq: [1, 3000] } as const
/** How far after the start an application deadline may lie (late entries into training are common). */
export const DEADLINE_AFTER_START_DAYS = 365
export const START_MAX_YEARS_AHEAD = 3

export type ListingOfferType = (typeof OFFER_TYPES)[number]
export const isTrainingType = (type: string) => type === 'ausbildung' || type === 'duales-studium'

export const ALLOWANCE_FIELDS = ['allowance1', 'allowance2', 'allowance3', 'allowance4'] as const
export type AllowanceField = (typeof ALLOWANCE_FIELDS)[number]
export const allowanceField = (year: number) => ALLOWANCE_FIELDS[year - 1]

export const LISTING_FORM_FIELDS = [
  'offerType',
  'occupationId',
  'title',
  'description',
  'place',
  'workingTime',
  'startDate',
  'placesCount',
  'payPeriod',
  'payMin',
  'payMax',
  'trainingYears',
  ...ALLOWANCE_FIELDS,
  'minCertificate',
  'minGerman',
  'needsDrivingLicence',
  'benefits',
  'isSuitableForRefugees',
  'hasRecognitionSupport',
  'workplaceLanguages',
  'supportsGermanCourse',
  'applicationDeadline',
  'contactName',
] as const
/** A listing as form values: every field a string, lists comma-separated, checkboxes 'on' or ''. */
export type ListingFormValues = Record<(typeof LISTING_FORM_FIELDS)[number], string>

/** The fields a form sends as a group of checkboxes, one value each. */
const LIST_FIELDS = ['benefits', 'workplaceLanguages'] as const
const isListField = (key: string) => (LIST_FIELDS as readonly string[]).includes(key)

/** Form fields as the page shows them again after a failed submit (lists comma-separated). */
export function listingFormValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !isListField(key)) values[key] = value
  for (const key of LIST_FIELDS) values[key] = form.getAll(key).filter((v) => typeof v === 'string').join(',')
  return values
}

/** Form fields as the schema reads them: every field a string, the checkbox groups lists. */
export function listingFormInput(form: FormData): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {}
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !isListField(key)) input[key] = value
  for (const key of LIST_FIELDS) input[key] = form.getAll(key).filter((v): v is string => typeof v === 'string')
  return input
}

/** Why a listing was closed: filled through Passgenau, filled elsewhere, or withdrawn. */
export const CLOSE_REASONS = ['filled-here', 'filled-elsewhere', 'withdrawn'] as const
export type CloseReason = (typeof CLOSE_REASONS)[number]
