import type { Listing } from '../../../db/schema'
import type { OfferType } from '../../../values/listings'

/** What the JSON-LD of a listing is built from; the listing page's data satisfies it. */
export interface JobPostingSource {
  id: number
  path: string
  title: string
  descriptionHtml: string
  offerType: OfferType
  workingTime: Listing['workingTime']
  startDate: string
  placesCount: number
  minCertificate: Listing['minCertificate']
  publishedAt: string
  expiresAt: string | null
  applicationDeadline: string | null
  pay: Pick<Listing, 'payPeriod' | 'payMin' | 'payMax' | 'trainingAllowances'>
  occupation: { name: string; iscoGroup: string | null; fieldCode: string | null }
  place: { name: string; postalCode: string; state: string; lat: number; lng: number }
  company: { name: string; website: string | null }
}

export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'INTERN' | 'TEMPORARY' | 'OTHER'

/**
 * Google's employment types. Training places are full or part time by their hours; an
 * Einstiegsqualifizierung is a 6–12 month placement, so it is temporary as well; a Minijob is
 * marginal part-time work.
 */
export function employmentTypes(offerType: OfferType, workingTime: Listing['workingTime']): EmploymentType[] {
  const hours: EmploymentType = workingTime === 'teilzeit' || workingTime === 'minijob' ? 'PART_TIME' : 'FULL_TIME'
  switch (offerType) {
    case 'praktikum':
      return workingTime === 'teilzeit' ? ['INTERN', 'PART_TIME'] : ['INTERN']
    case 'eq':
      return ['TEMPORARY', hours]
    default:
      return [hours]
  }
}

const UNIT_TEXT = { hour: 'HOUR', month: 'MONTH', year: 'YEAR' } as const

/** Gross pay as Google reads it; none for unpaid placements, which a zero salary would misstate. */
export function baseSalary(pay: JobPostingSource['pay']) {
  const allowances = (pay.trainingAllowances ?? []).filter((value) => value > 0)
  let range: { min: number; max: number; unit: 'HOUR' | 'MONTH' | 'YEAR' } | null = null
  if (allowances.length > 0) {
    range = { min: Math.min(...allowances), max: Math.max(...allowances), unit: 'MONTH' }
  } else if ((pay.payMin ?? 0) > 0 || (pay.payMax ?? 0) > 0) {
    const min = pay.payMin && pay.payMin > 0 ? pay.payMin : pay.payMax!
    range = { min, max: Math.max(min, pay.payMax ?? min), unit: UNIT_TEXT[pay.payPeriod ?? 'month'] }
  }
  if (!range) return undefined
  return {
    '@type': 'MonetaryAmount',
    currency: 'EUR',
    value: { '@type': 'QuantitativeValue', minValue: range.min, maxValue: range.max, unitText: range.unit },
  }
}

/** "2026-12-16" → the last second of that day in Germany, with its offset (CET or CEST). */
export function endOfGermanDay(date: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' }).formatToParts(
    new Date(`${date}T12:00:00Z`),
  )
  const offset = parts.find((part) => part.type === 'timeZoneName')?.value.replace('GMT', '') || '+00:00'
  return `${date}T23:59:59${offset}`
}

/** The earlier of the listing's expiry and the end of its application deadline. */
export function validThrough(expiresAt: string | null, applicationDeadline: string | null): string | undefined {
  const deadline = applicationDeadline ? endOfGermanDay(applicationDeadline) : null
  if (expiresAt && deadline) return Date.parse(deadline) < Date.parse(expiresAt) ? deadline : new Date(expiresAt).toISOString()
  if (deadline) return deadline
  return expiresAt ? new Date(expiresAt).toISOString() : undefined
}

/** An ISCO-08 unit group where the occupation has one, otherwise its KldB 2010 main group. */
function occupationalCategory(occupation: JobPostingSource['occupation']): string | undefined {
  if (occupation.iscoGroup) return `ISCO-08 ${occupation.iscoGroup}`
  if (occupation.fieldCode) return `KldB 2010 ${occupation.fieldCode}`
  return undefined
}

/**
 * schema.org JobPosting with Google's required properties (title, description, datePosted,
 * hiringOrganization, jobLocation) and its recommended ones where the listing has the data.
 * Pure, so every listing's markup can be checked without a browser.
 */
export function toJobPostingJsonLd(listing: JobPostingSource, origin: string) {
  const types = employmentTypes(listing.offerType, listing.workingTime)
  const category = occupationalCategory(listing.occupation)
  const company = listing.company
  const until = validThrough(listing.expiresAt, listing.applicationDeadline)
  const salary = baseSalary(listing.pay)
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: listing.title,
    description: listing.descriptionHtml,
    url: new URL(listing.path, origin).toString(),
    identifier: { '@type': 'PropertyValue', name: 'Passgenau', value: String(listing.id) },
    datePosted: new Date(listing.publishedAt).toISOString(),
    ...(until ? { validThrough: until } : {}),
    employmentType: types.length === 1 ? types[0] : types,
    hiringOrganization: { '@type': 'Organization', name: company.name, ...(company.website ? { sameAs: company.website } : {}) },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        postalCode: listing.place.postalCode,
        addressLocality: listing.place.name,
        addressRegion: listing.place.state,
        addressCountry: 'DE',
      },
      geo: { '@type': 'GeoCoordinates', latitude: listing.place.lat, longitude: listing.place.lng },
    },
    ...(salary ? { baseSalary: salary } : {}),
    directApply: true,
    jobStartDate: listing.startDate,
    totalJobOpenings: listing.placesCount,
    ...(listing.minCertificate !== 'none'
      ? { educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'high school' } }
      : {}),
    ...(category ? { occupationalCategory: category } : {}),
  }
}

export type JobPostingJsonLd = ReturnType<typeof toJobPostingJsonLd>

/** JSON for a `<script type="application/ld+json">`; `<` escaped so text can never close the tag. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
