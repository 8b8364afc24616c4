/**
 * Google's rules for JobPosting structured data, as checks: the required properties, and the
 * recommended ones whenever they are present. Returns the problems found, empty when valid.
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */
const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER']
const UNIT_TEXTS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']
const CREDENTIAL_CATEGORIES = ['high school', 'associate degree', 'bachelor degree', 'professional certificate', 'postgraduate degree']
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0
const isIsoDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v) && Number.isFinite(Date.parse(v))
const isHttpUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\//.test(v) && URL.canParse(v)

export function jobPostingProblems(ld: unknown, opts: { now?: Date } = {}): string[] {
  const problems: string[] = []
  const fail = (message: string) => problems.push(message)
  if (!isObject(ld)) return ['not an object']
  if (ld['@context'] !== 'https://schema.org/' && ld['@context'] !== 'https://schema.org') fail('@context')
  if (ld['@type'] !== 'JobPosting') fail('@type')

  // Required
  if (!isText(ld.title) || /<[a-z]/i.test(ld.title)) fail('title')
  if (!isText(ld.description) || !/<(p|ul|ol|h\d|br)\b/.test(ld.description) || /<script|javascript:|on\w+=/i.test(ld.description)) fail('description')
  if (!isIsoDate(ld.datePosted) || Date.parse(ld.datePosted) > (opts.now ?? new Date()).getTime() + 60_000) fail('datePosted')
  const org = ld.hiringOrganization
  if (!isObject(org) || org['@type'] !== 'Organization' || !isText(org.name)) fail('hiringOrganization')
  else if (org.sameAs !== undefined && !isHttpUrl(org.sameAs)) fail('hiringOrganization.sameAs')
  const location = ld.jobLocation
  const address = isObject(location) ? location.address : undefined
  if (!isObject(location) || location['@type'] !== 'Place' || !isObject(address)) fail('jobLocation')
  else {
    if (address['@type'] !== 'PostalAddress') fail('jobLocation.address.@type')
    if (address.addressCountry !== 'DE') fail('jobLocation.address.addressCountry')
    if (typeof address.postalCode !== 'string' || !/^\d{5}$/.test(address.postalCode)) fail('jobLocation.address.postalCode')
    if (!isText(address.addressLocality)) fail('jobLocation.address.addressLocality')
    if (!isText(address.addressRegion)) fail('jobLocation.address.addressRegion')
    const geo = location.geo
    if (geo !== undefined) {
      const ok = isObject(geo) && geo['@type'] === 'GeoCoordinates' && Math.abs(Number(geo.latitude)) <= 90 && Math.abs(Number(geo.longitude)) <= 180
      if (!ok || typeof (geo as Json).latitude !== 'number') fail('jobLocation.geo')
    }
  }

  // Recommended, checked when present
  if (ld.validThrough !== undefined && (!isIsoDate(ld.validThrough) || Date.parse(ld.validThrough) <= Date.parse(String(ld.datePosted)))) fail('validThrough')
  const types = Array.isArray(ld.employmentType) ? ld.employmentType : [ld.employmentType]
  if (ld.employmentType !== undefined && (types.length === 0 || !types.every((t) => EMPLOYMENT_TYPES.includes(t as string)))) fail('employmentType')
  if (ld.baseSalary !== undefined) {
    const salary = ld.baseSalary
    const value = isObject(salary) ? salary.value : undefined
    const ok =
      isObject(salary) &&
      salary['@type'] === 'MonetaryAmount' &&
      salary.currency === 'EUR' &&
      isObject(value) &&
      value['@type'] === 'QuantitativeValue' &&
      UNIT_TEXTS.includes(value.unitText as string) &&
      typeof value.minValue === 'number' &&
      value.minValue > 0 &&
      typeof value.maxValue === 'number' &&
      value.maxValue >= value.minValue
    if (!ok) fail('baseSalary')
  }
  if (ld.directApply !== undefined && typeof ld.directApply !== 'boolean') fail('directApply')
  if (ld.identifier !== undefined) {
    const id = ld.identifier
    if (!isObject(id) || id['@type'] !== 'PropertyValue' || !isText(id.name) || !isText(id.value)) fail('identifier')
  }
  if (ld.educationRequirements !== undefined) {
    const edu = ld.educationRequirements
    if (!isObject(edu) || edu['@type'] !== 'EducationalOccupationalCredential' || !CREDENTIAL_CATEGORIES.includes(edu.credentialCategory as string)) {
      fail('educationRequirements')
    }
  }
  if (ld.url !== undefined && !isHttpUrl(ld.url)) fail('url')
  return problems
}

/** The recommended properties every listing of ours must carry (baseSalary only when paid). */
export const ALWAYS_RECOMMENDED = ['validThrough', 'employmentType', 'directApply', 'identifier'] as const
