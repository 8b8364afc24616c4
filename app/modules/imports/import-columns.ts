import { DESCRIPTION_MAX, MAX_PLACES, MAX_TRAINING_YEARS, TITLE_MAX } from '../listings/listing-form'
import { BENEFITS, CERTIFICATES, GERMAN_LEVELS, OFFER_TYPES, WORKING_TIMES, WORKPLACE_LANGUAGES } from '../../../values/listings'

/*
 * The import's columns, safe for the browser: the page documents them, the template writes them,
 * the server reads them. Names are the same in every language; the page explains them translated.
 */

export const IMPORT_STATUSES = ['draft', 'published'] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

export const IMPORT_COLUMN_NAMES = [
  'offerType',
  'occupation',
  'title',
  'description',
  'place',
  'workingTime',
  'startDate',
  'placesCount',
  'payPeriod',
  'payMin',
  'payMax',
  'allowances',
  'minCertificate',
  'minGerman',
  'drivingLicence',
  'benefits',
  'refugees',
  'recognitionSupport',
  'workplaceLanguages',
  'germanCourse',
  'deadline',
  'contact',
  'status',
  'fairWordingConfirmed',
] as const
export type ImportColumn = (typeof IMPORT_COLUMN_NAMES)[number]

/** When a column must be filled: always, for some offer types, or never (a default applies). */
export type ColumnNeed = 'always' | 'job' | 'notTraining' | 'training' | 'optional'

export interface ColumnDoc {
  name: ImportColumn
  need: ColumnNeed
  /** The values the column takes, shown as code; empty when it is free text. */
  values: readonly string[]
  /** Numbers the translated explanation mentions. */
  params?: Record<string, number>
}

const YES_NO = ['ja', 'nein'] as const

export const IMPORT_COLUMNS: readonly ColumnDoc[] = [
  { name: 'offerType', need: 'always', values: OFFER_TYPES },
  { name: 'occupation', need: 'always', values: [] },
  { name: 'title', need: 'always', values: [], params: { max: TITLE_MAX } },
  { name: 'description', need: 'always', values: [], params: { max: DESCRIPTION_MAX } },
  { name: 'place', need: 'always', values: [] },
  { name: 'workingTime', need: 'always', values: WORKING_TIMES },
  { name: 'startDate', need: 'always', values: [] },
  { name: 'placesCount', need: 'optional', values: [], params: { max: MAX_PLACES } },
  { name: 'payPeriod', need: 'job', values: ['month', 'hour'] },
  { name: 'payMin', need: 'notTraining', values: [] },
  { name: 'payMax', need: 'optional', values: [] },
  { name: 'allowances', need: 'training', values: [], params: { max: MAX_TRAINING_YEARS } },
  { name: 'minCertificate', need: 'optional', values: CERTIFICATES },
  { name: 'minGerman', need: 'optional', values: GERMAN_LEVELS },
  { name: 'drivingLicence', need: 'optional', values: YES_NO },
  { name: 'benefits', need: 'optional', values: BENEFITS },
  { name: 'refugees', need: 'optional', values: YES_NO },
  { name: 'recognitionSupport', need: 'optional', values: YES_NO },
  { name: 'workplaceLanguages', need: 'optional', values: WORKPLACE_LANGUAGES },
  { name: 'germanCourse', need: 'optional', values: YES_NO },
  { name: 'deadline', need: 'optional', values: [] },
  { name: 'contact', need: 'optional', values: [] },
  { name: 'status', need: 'optional', values: IMPORT_STATUSES },
  { name: 'fairWordingConfirmed', need: 'optional', values: YES_NO },
]

/** Limits of one import: the file (or pasted text) and its rows. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024
/** The same limit in megabytes, as the page and the refusal name it. */
export const IMPORT_MAX_MEGABYTES = IMPORT_MAX_BYTES / 1024 / 1024
export const IMPORT_MAX_ROWS = 1000

/** Header cells are matched loosely: "Offer type", "offer_type" and "offertype" all mean offerType. */
export const columnKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '')

const BY_KEY = new Map<string, ImportColumn>(IMPORT_COLUMN_NAMES.map((name) => [columnKey(name), name]))
export const columnOf = (header: string): ImportColumn | null => BY_KEY.get(columnKey(header)) ?? null
