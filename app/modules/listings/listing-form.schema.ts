import { z } from 'zod'
import { isCalendarDate } from '~/utils/calendar-date'
import { ALLOWANCE_FIELDS, allowanceField, CLOSE_REASONS, DEADLINE_AFTER_START_DAYS, DESCRIPTION_MAX, isTrainingType, MAX_PLACES, MAX_TRAINING_ALLOWANCE, MAX_TRAINING_YEARS, MIN_TRAINING_ALLOWANCE, PAY_BOUNDS, TITLE_MAX, type ListingOfferType } from './listing-form'
import { addDays } from '~/utils/calendar-date'
import { checkWith, type Checked } from '~/utils/form-check'
import { BENEFITS, CERTIFICATES, GERMAN_LEVELS, OFFER_TYPES, WORKING_TIMES, WORKPLACE_LANGUAGES } from '../../../values/listings'

// Messages are dictionary keys. The server parses again with the same schema; the form shows them.

/** Closing a listing: why it ends. */
export const CloseForm = z.object({ reason: z.enum(CLOSE_REASONS, { error: 'employer.listing.close.reasonRequired' }) })

const text = (max: number, tooLong: string) => z.string({ error: 'form.required' }).trim().min(1, 'form.required').max(max, tooLong)
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => v || null)
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'form.required' })
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true' || v === '1')
const date = z.string({ error: 'form.required' }).trim().min(1, 'form.required').refine((v) => isCalendarDate(v), 'employer.date.invalid')
const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isCalendarDate(v), 'employer.date.invalid')
  .transform((v) => v || null)

/** "1.020", "1020 €", "13" → whole euros; empty → null. Cents are refused: pay is stored in whole euros. */
const euros = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const raw = (v ?? '').replace(/[\s€]/g, '')
    if (!raw) return null
    const plain = /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replace(/\./g, '') : raw
    if (!/^\d{1,6}$/.test(plain)) {
      ctx.addIssue({ code: 'custom', message: 'employer.pay.wholeEuros' })
      return z.NEVER
    }
    return Number(plain)
  })

const Fields = z.object({
  offerType: choice(OFFER_TYPES),
  occupationId: z.string({ error: 'employer.occupation.required' }).regex(/^\d{1,9}$/, 'employer.occupation.required').transform(Number),
  title: text(TITLE_MAX, 'employer.listing.title.tooLong').refine((v) => v.length >= 5, 'employer.listing.title.tooShort'),
  description: text(DESCRIPTION_MAX, 'employer.listing.description.tooLong'),
  place: text(100, 'form.tooLong'),
  workingTime: choice(WORKING_TIMES),
  startDate: date,
  placesCount: z
    .string({ error: 'form.required' })
    .trim()
    .regex(/^\d{1,3}$/, 'employer.listing.places.invalid')
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_PLACES, 'employer.listing.places.invalid'),
  payPeriod: z.enum(['hour', 'month']).optional().catch(undefined),
  payMin: euros,
  payMax: euros,
  trainingYears: z.string().optional(),
  allowance1: euros,
  allowance2: euros,
  allowance3: euros,
  allowance4: euros,
  minCertificate: choice(CERTIFICATES),
  minGerman: choice(GERMAN_LEVELS),
  needsDrivingLicence: checkbox,
  benefits: z.array(z.enum(BENEFITS, { error: 'employer.listing.benefits.invalid' })).default([]),
  isSuitableForRefugees: checkbox,
  hasRecognitionSupport: checkbox,
  workplaceLanguages: z.array(z.enum(WORKPLACE_LANGUAGES, { error: 'employer.listing.workplaceLanguages.invalid' })).default([]),
  supportsGermanCourse: checkbox,
  applicationDeadline: optionalDate,
  contactName: optionalText(120, 'form.tooLong'),
})
type Fields = z.infer<typeof Fields>

export interface ListingInput {
  offerType: ListingOfferType
  occupationId: number
  title: string
  description: string
  place: string
  workingTime: Fields['workingTime']
  startDate: string
  placesCount: number
  payPeriod: 'hour' | 'month'
  payMin: number | null
  payMax: number | null
  trainingAllowances: number[] | null
  minCertificate: Fields['minCertificate']
  minGerman: Fields['minGerman']
  needsDrivingLicence: boolean
  benefits: Fields['benefits']
  isSuitableForRefugees: boolean
  hasRecognitionSupport: boolean
  workplaceLanguages: Fields['workplaceLanguages']
  supportsGermanCourse: boolean
  applicationDeadline: string | null
  contactName: string | null
}

type Issue = (path: string, message: string) => void

const calendarDateOf = (value: unknown) => (typeof value === 'string' && isCalendarDate(value) ? value : null)

// The cross-field checks run even when single fields failed (so every error shows at once); a
// field that failed holds its raw input, hence the type checks.
const amountOf = (value: unknown) => (typeof value === 'number' ? value : null)

function checkTraining(v: Fields, issue: Issue) {
  const years = Number(v.trainingYears)
  if (!Number.isInteger(years) || years < 1 || years > MAX_TRAINING_YEARS) return issue('trainingYears', 'employer.pay.years')
  for (let year = 1; year <= years; year++) {
    const field = allowanceField(year)
    if (v[field] !== null && typeof v[field] !== 'number') continue
    const amount = amountOf(v[field])
    if (amount == null) issue(field, 'employer.pay.allowanceRequired')
    else if (amount < MIN_TRAINING_ALLOWANCE[year - 1]) issue(field, 'employer.pay.allowanceBelowMinimum')
    else if (amount > MAX_TRAINING_ALLOWANCE) issue(field, 'employer.pay.tooHigh')
  }
}

function checkRange(v: Fields, issue: Issue) {
  const bounds =
    v.offerType === 'praktikum'
      ? PAY_BOUNDS.praktikum
      : v.offerType === 'eq'
        ? PAY_BOUNDS.eq
        : v.payPeriod === 'hour'
          ? PAY_BOUNDS.hour
          : v.workingTime === 'minijob'
            ? PAY_BOUNDS.minijobMonth
            : PAY_BOUNDS.month
  if (v.offerType === 'job' && !v.payPeriod) issue('payPeriod', 'employer.pay.periodRequired')
  const tooLow = v.payPeriod === 'hour' && v.offerType === 'job' ? 'employer.pay.belowMinimumHour' : 'employer.pay.belowMinimum'
  const min = amountOf(v.payMin)
  const max = amountOf(v.payMax)
  if (v.payMin === null) issue('payMin', 'employer.pay.required')
  else if (min != null && min < bounds[0]) issue('payMin', tooLow)
  else if (min != null && min > bounds[1]) issue('payMin', 'employer.pay.tooHigh')
  if (max == null) return
  if (max > bounds[1]) issue('payMax', 'employer.pay.tooHigh')
  else if (min != null && max < min) issue('payMax', 'employer.pay.maxBelowMin')
}

/** A deadline may follow the start (training takes late applicants), but by a year at most. */
function checkDeadline(v: Fields, issue: Issue) {
  const start = calendarDateOf(v.startDate)
  const deadline = calendarDateOf(v.applicationDeadline)
  if (start && deadline && deadline > addDays(start, DEADLINE_AFTER_START_DAYS)) issue('applicationDeadline', 'employer.listing.deadline.afterStart')
}

function toInput(v: Fields): ListingInput {
  const training = isTrainingType(v.offerType)
  const years = Number(v.trainingYears)
  return {
    offerType: v.offerType,
    occupationId: v.occupationId,
    title: v.title,
    description: v.description,
    place: v.place,
    workingTime: v.workingTime,
    startDate: v.startDate,
    placesCount: v.placesCount,
    payPeriod: training || v.offerType !== 'job' ? 'month' : v.payPeriod!,
    payMin: training ? null : v.payMin,
    payMax: training ? null : v.payMax,
    trainingAllowances: training ? ALLOWANCE_FIELDS.slice(0, years).map((f) => v[f]!) : null,
    minCertificate: v.minCertificate,
    minGerman: v.minGerman,
    needsDrivingLicence: v.needsDrivingLicence,
    benefits: [...new Set(v.benefits)],
    isSuitableForRefugees: v.isSuitableForRefugees,
    hasRecognitionSupport: v.hasRecognitionSupport,
    // In the fixed list's order, so the listing page and the index read the same way every time.
    workplaceLanguages: WORKPLACE_LANGUAGES.filter((code) => v.workplaceLanguages.includes(code)),
    supportsGermanCourse: v.supportsGermanCourse,
    applicationDeadline: v.applicationDeadline,
    contactName: v.contactName,
  }
}

const TRAINING_PAY_FIELDS = ['trainingYears', ...ALLOWANCE_FIELDS] as const
const RANGE_PAY_FIELDS = ['payPeriod', 'payMin', 'payMax'] as const

/**
 * The pay fields of the other offer type are dropped before anything is checked: the form hides
 * them (CSS, no JavaScript needed), so a leftover in a hidden field must neither fail nor be stored.
 * Only a job has a pay period; the other range types are paid per month.
 */
export function withoutOtherPayFields(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw
  const fields: Record<string, unknown> = { ...(raw as Record<string, unknown>) }
  const offerType = typeof fields.offerType === 'string' ? fields.offerType : ''
  const dropped: readonly string[] = isTrainingType(offerType) ? RANGE_PAY_FIELDS : offerType === 'job' ? TRAINING_PAY_FIELDS : [...TRAINING_PAY_FIELDS, 'payPeriod']
  for (const name of dropped) delete fields[name]
  return fields
}

/**
 * The listing form. Rules that need the clock or the stored listing (no date in the past) are the
 * module's: it reads the submitted dates from the form's references.
 */
export const ListingForm = z.preprocess(
  withoutOtherPayFields,
  Fields.superRefine(
    (v, ctx) => {
      const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path: [path], message })
      if (isTrainingType(v.offerType)) checkTraining(v, issue)
      else checkRange(v, issue)
      checkDeadline(v, issue)
    },
    { when: () => true },
  ).transform(toInput),
)

const orNull = <T extends z.ZodType>(schema: T) => schema.nullable().catch(null)

/**
 * The fields the module checks against the database and the clock, each read on its own: those
 * checks run even when another field failed, so the form shows every problem at once.
 */
const ListingReferences = z.object({
  offerType: orNull(Fields.shape.offerType),
  occupationId: orNull(Fields.shape.occupationId),
  place: orNull(Fields.shape.place),
  startDate: orNull(Fields.shape.startDate),
  applicationDeadline: orNull(Fields.shape.applicationDeadline),
})
export type ListingReferences = z.infer<typeof ListingReferences>

const NO_REFERENCES: ListingReferences = { offerType: null, occupationId: null, place: null, startDate: null, applicationDeadline: null }

/** A parsed listing form: the checked fields, and the references the module still has to check. */
export interface ListingSubmission {
  form: Checked<ListingInput>
  references: ListingReferences
}

export function parseListingForm(input: unknown): ListingSubmission {
  const references = ListingReferences.safeParse(input)
  return { form: checkWith(ListingForm, input), references: references.success ? references.data : NO_REFERENCES }
}
