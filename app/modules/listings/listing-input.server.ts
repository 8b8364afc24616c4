import { translate, type MessageKey } from '~/i18n'
import { addDays } from '~/utils/calendar-date'
import type { Database } from '../../../db/client'
import type { Listing } from '../../../db/schema'
import { Invalid, type FieldErrors } from '~/utils/errors'
import { allowanceField, isTrainingType, MAX_TRAINING_YEARS, START_MAX_YEARS_AHEAD, type ListingFormValues } from './listing-form'
import type { ListingInput, ListingReferences, ListingSubmission } from './listing-form.schema'
import { getOccupationOption, type OccupationOption } from './occupations.server'
import { placeLabel, resolvePlaceInput, type PlaceChoice } from './place-input.server'
import { OFFER_TYPES } from '../../../values/listings'

export interface CheckedListing {
  input: ListingInput
  place: PlaceChoice
  occupation: OccupationOption
}

export interface DateRules {
  /** German today, YYYY-MM-DD. */
  today: string
  /** Stored dates an edit may keep although they have passed meanwhile. */
  keep?: { startDate?: string | null; applicationDeadline?: string | null }
}

/** A start from today up to a few years ahead; a deadline not in the past. A stored date an edit keeps is not judged again. */
function dateErrors({ startDate, applicationDeadline }: ListingReferences, { today, keep = {} }: DateRules): FieldErrors {
  const errors: FieldErrors = {}
  if (startDate && startDate < today && startDate !== keep.startDate) errors.startDate = 'employer.listing.start.past'
  if (startDate && startDate > addDays(today, 366 * START_MAX_YEARS_AHEAD)) errors.startDate = 'employer.listing.start.tooFar'
  if (applicationDeadline && applicationDeadline < today && applicationDeadline !== keep.applicationDeadline) errors.applicationDeadline = 'employer.listing.deadline.past'
  return errors
}

/**
 * Checks a parsed listing form against the clock and what only the database knows (the place, the
 * occupation). Every problem is collected before anything is thrown, so the form shows all of them at once.
 */
export async function checkListingInput(db: Database, { form, references }: ListingSubmission, rules: DateRules): Promise<CheckedListing> {
  const errors: FieldErrors = { ...(form.ok ? {} : form.errors), ...dateErrors(references, rules) }
  let occupation: OccupationOption | null = null
  if (!errors.occupationId && references.occupationId != null) {
    occupation = await getOccupationOption(references.occupationId, db)
    if (!occupation) errors.occupationId = 'employer.occupation.unknown'
    else if (references.offerType === 'ausbildung' && occupation.kind !== 'training') errors.occupationId = 'employer.occupation.notTraining'
  }
  let place: PlaceChoice | null = null
  if (!errors.place && references.place) {
    place = await resolvePlaceInput(references.place, db)
    if (!place) errors.place = 'employer.place.unknown'
  }
  if (!form.ok || !occupation || !place || Object.keys(errors).length) throw new Invalid(errors, 'form.errorSummary')
  return { input: form.data, place, occupation }
}

/** The columns a checked form writes; status and dates of the lifecycle are set elsewhere. */
export function listingColumns({ input, place, occupation }: CheckedListing) {
  const { place: _typed, occupationId: _id, ...rest } = input
  return { ...rest, placeId: place.id, occupationId: occupation.id }
}

/** A stored listing as form values (every field a string; benefits comma-separated). */
export function toFormValues(listing: Listing, place: PlaceChoice | null): ListingFormValues {
  const allowances = listing.trainingAllowances ?? []
  const values: ListingFormValues = {
    offerType: listing.offerType,
    occupationId: String(listing.occupationId),
    title: listing.title,
    description: listing.description,
    place: place ? placeLabel(place) : '',
    workingTime: listing.workingTime,
    startDate: listing.startDate,
    placesCount: String(listing.placesCount),
    payPeriod: listing.payPeriod === 'hour' ? 'hour' : 'month',
    payMin: listing.payMin == null ? '' : String(listing.payMin),
    payMax: listing.payMax == null ? '' : String(listing.payMax),
    trainingYears: allowances.length ? String(allowances.length) : '',
    minCertificate: listing.minCertificate,
    minGerman: listing.minGerman,
    needsDrivingLicence: listing.needsDrivingLicence ? 'on' : '',
    benefits: (listing.benefits ?? []).join(','),
    isSuitableForRefugees: listing.isSuitableForRefugees ? 'on' : '',
    hasRecognitionSupport: listing.hasRecognitionSupport ? 'on' : '',
    workplaceLanguages: (listing.workplaceLanguages ?? []).join(','),
    supportsGermanCourse: listing.supportsGermanCourse ? 'on' : '',
    applicationDeadline: listing.applicationDeadline ?? '',
    contactName: listing.contactName ?? '',
    allowance1: '',
    allowance2: '',
    allowance3: '',
    allowance4: '',
  }
  for (let year = 1; year <= MAX_TRAINING_YEARS; year++) {
    values[allowanceField(year)] = allowances[year - 1] == null ? '' : String(allowances[year - 1])
  }
  return values
}

/**
 * What picking an occupation fills in: a gender-inclusive title in German (listings are written in
 * German whatever the interface language) and, for training, the number of training years.
 */
export function occupationDefaults(occupation: Pick<OccupationOption, 'name' | 'durationMonths'>, offerType: string) {
  const type = (OFFER_TYPES as readonly string[]).includes(offerType) ? offerType : 'job'
  const prefix = type === 'job' ? '' : `${translate('de', `employer.titlePrefix.${type}` as MessageKey)} `
  const name = occupation.name.replace(/\s*\(m\/w\/d\)\s*$/i, '')
  const years = isTrainingType(type) ? Math.min(MAX_TRAINING_YEARS, Math.max(1, Math.ceil((occupation.durationMonths ?? 36) / 12))) : null
  return { title: `${prefix}${name} (m/w/d)`, trainingYears: years == null ? '' : String(years) }
}
