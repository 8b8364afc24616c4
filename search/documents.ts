import type { Listing, Occupation, Organization, Place } from '../db/schema'
import { markdownToPlainText, truncateAtWord } from './plain-text'
import { CERTIFICATE_RANK, GERMAN_RANK } from '../values/listings'

/** Everything the search document of one listing is built from: the row and what it points to. */
export interface ListingDocumentSource {
  listing: Listing
  organization: Pick<Organization, 'id' | 'name' | 'slug' | 'isVerified'>
  place: Pick<Place, 'name' | 'postalCode' | 'district' | 'districtCode' | 'state' | 'lat' | 'lng'>
  occupation: Pick<Occupation, 'id' | 'name' | 'labels' | 'fieldCode' | 'isCrafts'>
  /** The KldB level-2 field of the occupation, when the occupation has one. */
  field: { code: string; title: string } | null
  /** Names of the chambers that verified the company's membership (for the "Mitgliedsbetrieb der …" badge). */
  memberOf?: string[]
  /** Featured by a chamber today; the worker re-syncs listings whose promotion starts or ends. */
  isFeatured?: boolean
}

/**
 * Bumped whenever documents change shape; at start an index holding another version is rebuilt
 * (server/services.ts), so a new filter never meets documents that lack its attribute.
 */
export const LISTING_DOCUMENT_VERSION = 5

export interface ListingDocument {
  id: number
  v: number
  title: string
  description: string
  offerType: Listing['offerType']
  occupationId: number
  occupationName: string
  /** The words of the German labels with their typed variants (distinctWords); the other languages follow, one attribute each. */
  occupationLabels: string[]
  occupationLabelsEn: string[]
  occupationLabelsAr: string[]
  occupationLabelsUk: string[]
  occupationLabelsTr: string[]
  occupationLabelsFr: string[]
  occupationLabelsEs: string[]
  isCrafts: boolean
  fieldCode: string | null
  fieldTitle: string | null
  fieldArea: string | null
  companyId: string
  company: string
  companySlug: string
  companyVerified: boolean
  companyMemberOf: string[]
  /** 1 while a chamber features the listing: a tie-breaker after every relevance rule (search/settings.ts). */
  featuredRank: 0 | 1
  place: string
  /** The gazetteer's place: radius filters list the places within reach (app/modules/search/place-ids.server.ts). */
  placeId: number
  postalCode: string
  district: string
  districtCode: string
  state: string
  _geo: { lat: number; lng: number }
  workingTime: Listing['workingTime']
  startDate: string
  startTs: number
  salaryMonthlyMin: number | null
  payPeriod: Listing['payPeriod']
  payMin: number | null
  payMax: number | null
  trainingAllowances: number[] | null
  minCertificateRank: number
  minGermanRank: number
  needsDrivingLicence: boolean
  benefits: Listing['benefits']
  isSuitableForRefugees: boolean
  hasRecognitionSupport: boolean
  /** Languages spoken at the workplace besides the listing's text; the `worklang` facet. */
  workplaceLanguages: Listing['workplaceLanguages']
  supportsGermanCourse: boolean
  publishedTs: number | null
  expiresTs: number | null
}

export const DESCRIPTION_MAX_CHARS = 1000
/** ESCO gives some occupations dozens of alternative labels; beyond this many they add noise, not recall. */
export const MAX_OCCUPATION_LABELS = 60
/** Average paid hours per month for a 40-hour week (40 × 52 / 12). */
export const HOURS_PER_MONTH = 173

// Ukrainian and Turkish hold only Passgenau's own few names per occupation: they come before ESCO's
// long lists, so the cap on labels (which cuts from the end) never drops them.
const LABEL_LANGUAGES = ['de', 'uk', 'tr', 'en', 'ar', 'fr', 'es'] as const

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' }

/**
 * Spellings people type that German segmentation cannot bridge: "Baecker" without a German keyboard,
 * "Kfz-Mechatroniker" for "Kraftfahrzeugmechatroniker" (segmentation splits the compound, so neither
 * a prefix nor the kfz ↔ kraftfahrzeug synonym reaches it).
 */
export function germanVariants(label: string): string[] {
  const transliterated = label.replace(/[äöüßÄÖÜ]/g, (c) => TRANSLITERATION[c])
  const abbreviated = label.replace(/kraftfahrzeug-?(\p{L})/giu, (_, next: string) => `Kfz-${next.toLocaleUpperCase('de')}`)
  return [transliterated, abbreviated].filter((v) => v !== label)
}

/** Labels by language, each in its own attribute so Meilisearch tokenizes it with one known locale. */
export type OccupationLabelFields = Record<(typeof LABEL_LANGUAGES)[number], string[]>

/**
 * The occupation's labels by language — German ones with their typed variants — without duplicates
 * across languages and capped in total.
 */
export function splitOccupationLabels(labels: Occupation['labels'] | null | undefined, occupationName?: string): OccupationLabelFields {
  const seen = new Set<string>()
  const result: OccupationLabelFields = { de: [], en: [], ar: [], uk: [], tr: [], fr: [], es: [] }
  let total = 0
  const add = (lang: keyof OccupationLabelFields, raw: string) => {
    const label = raw.trim()
    const key = label.toLocaleLowerCase('de')
    if (!label || seen.has(key) || total >= MAX_OCCUPATION_LABELS) return
    seen.add(key)
    result[lang].push(label)
    total += 1
  }
  const german = [...(occupationName ? [occupationName] : []), ...(labels?.de ?? [])]
  if (occupationName) seen.add(occupationName.trim().toLocaleLowerCase('de'))
  for (const label of labels?.de ?? []) add('de', label)
  for (const label of german) for (const variant of germanVariants(label)) add('de', variant)
  for (const lang of LABEL_LANGUAGES) if (lang !== 'de') for (const label of labels?.[lang] ?? []) add(lang, label)
  return result
}

const WORD_SEPARATOR = /[^\p{L}\p{M}\p{N}'’-]+/u

/**
 * The distinct words of a language's labels, in their first order. Thirty labels of one occupation
 * repeat the same few words ("Koch", "Köchin", "Koch in Privathaushalt", …); Meilisearch's cost is the
 * words it extracts per document, and this halves them without losing one a search could match.
 */
export function distinctWords(labels: string[]): string[] {
  const seen = new Set<string>()
  const words: string[] = []
  for (const label of labels) {
    for (const word of label.split(WORD_SEPARATOR)) {
      const key = word.toLocaleLowerCase('de')
      if (!word || seen.has(key)) continue
      seen.add(key)
      words.push(word)
    }
  }
  return words
}

/** All labels in one list (German first), as the split fields hold them. */
export const flattenOccupationLabels = (labels: Occupation['labels'] | null | undefined, occupationName?: string): string[] =>
  Object.values(splitOccupationLabels(labels, occupationName)).flat()

/**
 * One comparable number per listing for the salary filter and sort: the monthly gross minimum.
 * Training places compare by their first-year allowance, which is what a school leaver gets first.
 */
export function monthlySalaryMin(listing: Pick<Listing, 'offerType' | 'payPeriod' | 'payMin' | 'trainingAllowances'>): number | null {
  const firstAllowance = listing.trainingAllowances?.[0] ?? null
  if (firstAllowance !== null && (listing.offerType === 'ausbildung' || listing.payMin === null)) return firstAllowance
  if (listing.payMin === null) return null
  switch (listing.payPeriod) {
    case 'hour':
      return Math.round(listing.payMin * HOURS_PER_MONTH)
    case 'year':
      return Math.round(listing.payMin / 12)
    default:
      return listing.payMin
  }
}

export function toUnixSeconds(value: Date | string | null): number | null {
  if (value === null) return null
  const ms = (value instanceof Date ? value : new Date(value)).getTime()
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null
}

/** A `date` column arrives as YYYY-MM-DD; it is read as midnight UTC so the timestamp never shifts a day. */
function dateOnly(value: string | Date): { iso: string; ts: number } {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10)
  const ts = Date.parse(`${iso}T00:00:00Z`) / 1000
  if (!Number.isFinite(ts)) throw new Error(`invalid start date ${String(value)}`)
  return { iso, ts }
}

type LabelAttributes = Pick<
  ListingDocument,
  'occupationLabels' | 'occupationLabelsEn' | 'occupationLabelsAr' | 'occupationLabelsUk' | 'occupationLabelsTr' | 'occupationLabelsFr' | 'occupationLabelsEs'
>

/** Label attributes by occupation (its id, name and labels as the key): a reindex repeats each a few hundred times. */
const labelAttributes = new Map<string, LabelAttributes>()
const LABEL_ATTRIBUTES_KEPT = 5_000

function labelAttributesOf(occupation: ListingDocumentSource['occupation']): LabelAttributes {
  const key = `${occupation.id}\n${occupation.name}\n${JSON.stringify(occupation.labels)}`
  let attributes = labelAttributes.get(key)
  if (!attributes) {
    const labels = splitOccupationLabels(occupation.labels, occupation.name)
    attributes = {
      occupationLabels: distinctWords(labels.de),
      occupationLabelsEn: distinctWords(labels.en),
      occupationLabelsAr: distinctWords(labels.ar),
      occupationLabelsUk: distinctWords(labels.uk),
      occupationLabelsTr: distinctWords(labels.tr),
      occupationLabelsFr: distinctWords(labels.fr),
      occupationLabelsEs: distinctWords(labels.es),
    }
    if (labelAttributes.size >= LABEL_ATTRIBUTES_KEPT) labelAttributes.clear()
    labelAttributes.set(key, attributes)
  }
  return attributes
}

/** The only mapping from a listing row to its search document. */
export function toListingDocument(source: ListingDocumentSource): ListingDocument {
  const { listing, organization, place, occupation, field } = source
  if (!Number.isFinite(place.lat) || !Number.isFinite(place.lng)) {
    throw new Error(`listing ${listing.id}: place has no coordinates`)
  }
  const start = dateOnly(listing.startDate)
  const fieldCode = field?.code ?? occupation.fieldCode ?? null
  return {
    id: listing.id,
    v: LISTING_DOCUMENT_VERSION,
    title: listing.title.trim(),
    description: truncateAtWord(markdownToPlainText(listing.description), DESCRIPTION_MAX_CHARS),
    offerType: listing.offerType,
    occupationId: occupation.id,
    occupationName: occupation.name,
    ...labelAttributesOf(occupation),
    isCrafts: occupation.isCrafts,
    fieldCode,
    fieldTitle: field?.title ?? null,
    fieldArea: fieldCode ? fieldCode.slice(0, 1) : null,
    companyId: organization.id,
    company: organization.name,
    companySlug: organization.slug,
    companyVerified: organization.isVerified,
    companyMemberOf: source.memberOf ?? [],
    featuredRank: source.isFeatured ? 1 : 0,
    place: place.name,
    placeId: listing.placeId,
    postalCode: place.postalCode,
    district: place.district,
    districtCode: place.districtCode,
    state: place.state,
    _geo: { lat: place.lat, lng: place.lng },
    workingTime: listing.workingTime,
    startDate: start.iso,
    startTs: start.ts,
    salaryMonthlyMin: monthlySalaryMin(listing),
    payPeriod: listing.payPeriod,
    payMin: listing.payMin,
    payMax: listing.payMax,
    trainingAllowances: listing.trainingAllowances?.length ? listing.trainingAllowances : null,
    minCertificateRank: CERTIFICATE_RANK[listing.minCertificate],
    minGermanRank: GERMAN_RANK[listing.minGerman],
    needsDrivingLicence: listing.needsDrivingLicence,
    benefits: listing.benefits ?? [],
    isSuitableForRefugees: listing.isSuitableForRefugees,
    hasRecognitionSupport: listing.hasRecognitionSupport,
    workplaceLanguages: listing.workplaceLanguages ?? [],
    supportsGermanCourse: listing.supportsGermanCourse,
    publishedTs: toUnixSeconds(listing.publishedAt),
    expiresTs: toUnixSeconds(listing.expiresAt),
  }
}
