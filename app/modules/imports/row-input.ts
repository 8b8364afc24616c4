import type { MessageKey } from '~/i18n/types'
import type { FieldErrors } from '~/utils/errors'
import type { ImportColumn, ImportStatus } from './import-columns'
import type { ImportIssue, SourceRow } from './import-source'

/*
 * One row's cells as the listing form would send them, so the form's own schema and checks judge
 * them. Only what a spreadsheet writes differently from the form is translated here: yes/no cells,
 * German dates, the allowance list and the status.
 */

export interface RowInput {
  /** Form fields as `listingFormInput` gives them; `occupationId` is set once the occupation is looked up. */
  fields: Record<string, string | string[]>
  status: ImportStatus
  confirmFairWording: boolean
  issues: ImportIssue[]
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x'])
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', ''])
const STATUS: Record<string, ImportStatus> = { '': 'draft', draft: 'draft', entwurf: 'draft', published: 'published', 'veröffentlicht': 'published' }
const PERIOD: Record<string, string> = { monat: 'month', stunde: 'hour' }

/** "1.8.2026" and "01.08.2026" (as German spreadsheets show dates) become 2026-08-01; anything else goes to the rules as typed. */
export function isoDateOf(text: string): string {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
  return german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : text
}

const listOf = (text: string, separators: RegExp) =>
  text
    .split(separators)
    .map((v) => v.trim())
    .filter(Boolean)

export function rowInput(row: SourceRow): RowInput {
  const cell = (column: ImportColumn) => row.cells[column] ?? ''
  const issues: ImportIssue[] = [...row.issues]
  const yesNo = (column: ImportColumn) => {
    const value = cell(column).toLowerCase()
    if (YES.has(value)) return 'on'
    if (!NO.has(value)) issues.push({ column, message: 'imports.error.yesNo' })
    return ''
  }
  const status = STATUS[cell('status').toLowerCase()]
  if (!status) issues.push({ column: 'status', message: 'imports.error.status' })
  const german = cell('minGerman')
  const period = cell('payPeriod').toLowerCase()
  const allowances = listOf(cell('allowances'), /\|/)
  const fields: RowInput['fields'] = {
    offerType: cell('offerType').toLowerCase(),
    title: cell('title'),
    description: cell('description'),
    place: cell('place'),
    workingTime: cell('workingTime').toLowerCase(),
    startDate: isoDateOf(cell('startDate')),
    placesCount: cell('placesCount') || '1',
    payPeriod: PERIOD[period] ?? period,
    payMin: cell('payMin'),
    payMax: cell('payMax'),
    trainingYears: allowances.length ? String(allowances.length) : '',
    minCertificate: cell('minCertificate').toLowerCase() || 'none',
    minGerman: /^[abc][12]$/i.test(german) ? german.toUpperCase() : german.toLowerCase() || 'none',
    needsDrivingLicence: yesNo('drivingLicence'),
    benefits: listOf(cell('benefits').toLowerCase(), /[|,]/),
    isSuitableForRefugees: yesNo('refugees'),
    hasRecognitionSupport: yesNo('recognitionSupport'),
    workplaceLanguages: listOf(cell('workplaceLanguages').toLowerCase(), /[|,]/),
    supportsGermanCourse: yesNo('germanCourse'),
    applicationDeadline: isoDateOf(cell('deadline')),
    contactName: cell('contact'),
  }
  allowances.slice(0, 4).forEach((amount, i) => (fields[`allowance${i + 1}`] = amount))
  const confirmFairWording = yesNo('fairWordingConfirmed') === 'on'
  return { fields, status: status ?? 'draft', confirmFairWording, issues }
}

const FIELD_COLUMNS: Record<string, ImportColumn> = {
  offerType: 'offerType',
  occupationId: 'occupation',
  title: 'title',
  description: 'description',
  place: 'place',
  workingTime: 'workingTime',
  startDate: 'startDate',
  placesCount: 'placesCount',
  payPeriod: 'payPeriod',
  payMin: 'payMin',
  payMax: 'payMax',
  trainingYears: 'allowances',
  minCertificate: 'minCertificate',
  minGerman: 'minGerman',
  needsDrivingLicence: 'drivingLicence',
  benefits: 'benefits',
  isSuitableForRefugees: 'refugees',
  hasRecognitionSupport: 'recognitionSupport',
  workplaceLanguages: 'workplaceLanguages',
  supportsGermanCourse: 'germanCourse',
  applicationDeadline: 'deadline',
  contactName: 'contact',
  fairWordingConfirmed: 'fairWordingConfirmed',
}

// The form asks for the number of years in a select; the import reads it from the list's length.
const COLUMN_WORDING: Partial<Record<MessageKey, MessageKey>> = { 'employer.pay.years': 'imports.error.allowances' }

/** The form's field errors as the import's column issues; an allowance error names its training year. */
export function issuesOf(fieldErrors: FieldErrors): ImportIssue[] {
  return Object.entries(fieldErrors).flatMap(([field, message]): ImportIssue[] => {
    if (!message) return []
    const year = /^allowance(\d)$/.exec(field)
    if (year) return [{ column: 'allowances', message, params: { year: Number(year[1]) } }]
    const column = FIELD_COLUMNS[field]
    return [{ column, message: (column && COLUMN_WORDING[message]) || message }]
  })
}
