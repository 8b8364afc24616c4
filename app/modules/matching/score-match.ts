import { distanceKm, roundDistanceKm } from '~/utils/geo'
import type { MatchListing, MatchNote, MatchProfile, MatchResult } from './match-types'
import { CERTIFICATE_RANK, GERMAN_RANK } from '../../../values/listings'


/** Assumed when a seeker has not said how far they travel: the search's default radius. */
export const DEFAULT_TRAVEL_KM = 25
/**
 * Without a car the same kilometres take much longer: beyond this share of their radius a place
 * counts as a long way for someone on bus and train, unless the company runs a shuttle.
 */
export const TRANSIT_SHARE = 0.6
/** Points per criterion; they add up to 100. Benefits that fit add a bonus on top (capped). */
export const WEIGHTS = { distance: 25, german: 20, certificate: 15, occupation: 20, offerType: 10, start: 5, licence: 5 } as const
export const BENEFIT_BONUS = 5
/**
 * A workplace where a language the seeker speaks well is spoken, or a German course for a seeker
 * whose German is still low, eases the start as much as a benefit does: the same bonus, once each.
 */
export const LANGUAGE_BONUS = 5
/** "Speaks well": from B2 up. Below it, a colleague's language helps little more than German does. */
const SPEAKS_WELL = new Set(['B2', 'C1', 'C2', 'native'])
/** German below B2 is "still low": the level most jobs ask for, and the one a course leads to. */
const GERMAN_COURSE_HELPS_BELOW = GERMAN_RANK.B2
/** A start this many days before the seeker is available still half counts: a month is often negotiable. */
const START_GRACE_DAYS = 31
const DAY_MS = 86_400_000

interface Part {
  points: number
  reasons?: MatchNote[]
  gaps?: MatchNote[]
}

/** Within the radius as people read it: the rounded distance shown, so "25 km" is within "your 25 km". */
export function isWithinRadius(km: number, radiusKm: number): boolean {
  return roundDistanceKm(km) <= radiusKm
}

function scoreDistance(p: MatchProfile, l: MatchListing, km: number | null): Part {
  const w = WEIGHTS.distance
  if (!p.home || km === null) return { points: w / 2, gaps: [{ key: 'match.gap.noHome' }] }
  const radius = p.travelKm ?? DEFAULT_TRAVEL_KM
  const params = { km, home: p.home.name, radius }
  const unsure: MatchNote[] = p.travelKm === null ? [{ key: 'match.gap.noRadius', params: { radius } }] : []
  if (!isWithinRadius(km, radius)) return { points: 0, gaps: [{ key: 'match.gap.distanceOutside', params }, ...unsure] }
  const isLongByTransit = p.usesPublicTransportOnly && km > radius * TRANSIT_SHARE && !l.benefits.includes('shuttle')
  if (isLongByTransit) return { points: w / 2, gaps: [{ key: 'match.gap.distanceTransit', params }, ...unsure] }
  return { points: w, reasons: [{ key: 'match.reason.distance', params }], gaps: unsure }
}

const germanName = (level: MatchProfile['germanLevel'] & string) => (level === 'none' ? { key: 'match.german.none' as const } : level)

function scoreGerman(p: MatchProfile, l: MatchListing): Part {
  const w = WEIGHTS.german
  const required = GERMAN_RANK[l.minGerman]
  if (p.germanLevel === null) {
    return required === 0 ? { points: w } : { points: w / 2, gaps: [{ key: 'match.gap.noGerman', params: { required: l.minGerman } }] }
  }
  const have = GERMAN_RANK[p.germanLevel]
  if (required === 0) return { points: w, reasons: have <= GERMAN_RANK.A2 ? [{ key: 'match.reason.germanNone' }] : [] }
  const params = { have: germanName(p.germanLevel), required: l.minGerman }
  if (have >= required) return { points: w, reasons: [{ key: 'match.reason.german', params }] }
  if (have === required - 1) return { points: w * 0.4, gaps: [{ key: 'match.gap.germanClose', params }] }
  return { points: 0, gaps: [{ key: 'match.gap.german', params }] }
}

function scoreCertificate(p: MatchProfile, l: MatchListing): Part {
  const w = WEIGHTS.certificate
  const required = CERTIFICATE_RANK[l.minCertificate]
  const requiredName = { key: `certificate.${l.minCertificate}` as const }
  if (required === 0) {
    const helps = p.certificate === null || p.certificate === 'none' || p.certificate === 'foreign'
    return { points: w, reasons: helps ? [{ key: 'match.reason.certificateNone' }] : [] }
  }
  if (p.certificate === null) return { points: w / 2, gaps: [{ key: 'match.gap.noCertificate', params: { required: requiredName } }] }
  if (p.certificate === 'foreign') {
    // A foreign certificate has no German rank until it is recognised: neither a fit nor a miss.
    const support: MatchNote[] = l.hasRecognitionSupport ? [{ key: 'match.reason.recognitionSupport' }] : []
    return { points: l.hasRecognitionSupport ? w * 0.75 : w / 2, reasons: support, gaps: [{ key: 'match.gap.certificateForeign', params: { required: requiredName } }] }
  }
  const params = { have: { key: `certificate.${p.certificate}` as const }, required: requiredName }
  if (CERTIFICATE_RANK[p.certificate] >= required) return { points: w, reasons: [{ key: 'match.reason.certificate', params }] }
  return { points: 0, gaps: [{ key: 'match.gap.certificate', params }] }
}

function scoreOccupation(p: MatchProfile, l: MatchListing): Part {
  const w = WEIGHTS.occupation
  const params = { occupation: l.occupationName }
  if (p.wishedOccupationIds.length === 0) return { points: w / 2, gaps: [{ key: 'match.gap.noOccupations' }] }
  if (p.wishedOccupationIds.includes(l.occupationId)) return { points: w, reasons: [{ key: 'match.reason.occupation', params }] }
  if (l.fieldCode && p.wishedFieldCodes.includes(l.fieldCode)) return { points: w / 2, reasons: [{ key: 'match.reason.relatedOccupation', params }] }
  return { points: 0, gaps: [{ key: 'match.gap.occupation', params }] }
}

function scoreOfferType(p: MatchProfile, l: MatchListing): Part {
  const w = WEIGHTS.offerType
  if (p.wishedOfferTypes.length === 0) return { points: w }
  const params = { offerType: { key: `offerType.${l.offerType}` as const } }
  if (p.wishedOfferTypes.includes(l.offerType)) return { points: w, reasons: [{ key: 'match.reason.offerType', params }] }
  return { points: 0, gaps: [{ key: 'match.gap.offerType', params }] }
}

function scoreStart(p: MatchProfile, l: MatchListing, now: Date): Part {
  const w = WEIGHTS.start
  if (!p.availableFrom) return { points: w }
  const start = Date.parse(`${l.startDate}T00:00:00Z`)
  const available = Date.parse(`${p.availableFrom}T00:00:00Z`)
  const params = { start: { date: l.startDate }, available: { date: p.availableFrom } }
  // A start already past means "at once": what counts is when the seeker can begin.
  const effectiveStart = Math.max(start, Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  if (effectiveStart >= available) return { points: w, reasons: [{ key: 'match.reason.start', params }] }
  const daysEarly = (available - effectiveStart) / DAY_MS
  return { points: daysEarly <= START_GRACE_DAYS ? w / 2 : 0, gaps: [{ key: 'match.gap.start', params }] }
}

function scoreLicence(p: MatchProfile, l: MatchListing): Part {
  const w = WEIGHTS.licence
  if (!l.needsDrivingLicence) return { points: w }
  if (p.hasDrivingLicence) return { points: w, reasons: [{ key: 'match.reason.licence' }] }
  const support: MatchNote[] = l.benefits.includes('licence') ? [{ key: 'match.reason.licenceSupport' }] : []
  return { points: support.length ? w / 2 : 0, reasons: support, gaps: [{ key: 'match.gap.licence' }] }
}

/** Benefits that answer this seeker's situation; each is a reason and a small bonus. */
function benefitsThatFit(p: MatchProfile, l: MatchListing, km: number | null): MatchNote[] {
  const radius = p.travelKm ?? DEFAULT_TRAVEL_KM
  const isFar = km === null || km > radius / 2
  const withoutCar = p.usesPublicTransportOnly || !p.hasCar
  const notes: MatchNote[] = []
  if (l.benefits.includes('housing') && isFar) notes.push({ key: 'match.reason.housing' })
  if (l.benefits.includes('relocation') && (km === null || !isWithinRadius(km, radius))) notes.push({ key: 'match.reason.relocation' })
  if (l.benefits.includes('deutschlandticket') && withoutCar) notes.push({ key: 'match.reason.deutschlandticket' })
  if (l.benefits.includes('shuttle') && withoutCar) notes.push({ key: 'match.reason.shuttle' })
  const certificateAlreadySaidIt = p.certificate === 'foreign' && CERTIFICATE_RANK[l.minCertificate] > 0
  if (l.hasRecognitionSupport && p.awaitsRecognition && !certificateAlreadySaidIt) notes.push({ key: 'match.reason.recognitionSupport' })
  return notes
}

/**
 * Languages that ease the start: one reason per language the seeker speaks well and the workplace
 * speaks (German is the German criterion's business), and the German course when German is low.
 * Each kind adds LANGUAGE_BONUS once, however many languages match.
 */
function languagesThatFit(p: MatchProfile, l: MatchListing): { notes: MatchNote[]; bonus: number } {
  const spokenWell = new Set(p.languages.filter((s) => SPEAKS_WELL.has(s.level)).map((s) => s.code))
  const shared = l.workplaceLanguages.filter((code) => code !== 'de' && spokenWell.has(code))
  const notes: MatchNote[] = shared.map((code) => ({ key: 'match.reason.workplaceLanguage', params: { language: { key: `language.${code}` } } }))
  const courseHelps = l.supportsGermanCourse && p.germanLevel !== null && GERMAN_RANK[p.germanLevel] < GERMAN_COURSE_HELPS_BELOW
  if (courseHelps) notes.push({ key: 'match.reason.germanCourse' })
  return { notes, bonus: (shared.length > 0 ? LANGUAGE_BONUS : 0) + (courseHelps ? LANGUAGE_BONUS : 0) }
}

/**
 * How well a listing fits a seeker, 0–100, with the reasons and the gaps behind the number, each a
 * dictionary key with its values so it reads right in every language. Pure: the same input gives
 * the same answer, `now` included.
 */
export function scoreMatch(profile: MatchProfile, listing: MatchListing, opts: { now: Date }): MatchResult {
  const km = profile.home ? roundDistanceKm(distanceKm(profile.home, listing.place)) : null
  const parts = [
    scoreDistance(profile, listing, km),
    scoreGerman(profile, listing),
    scoreCertificate(profile, listing),
    scoreOccupation(profile, listing),
    scoreOfferType(profile, listing),
    scoreStart(profile, listing, opts.now),
    scoreLicence(profile, listing),
  ]
  const bonus = benefitsThatFit(profile, listing, km)
  const languages = languagesThatFit(profile, listing)
  const points = parts.reduce((sum, part) => sum + part.points, 0) + bonus.length * BENEFIT_BONUS + languages.bonus
  return {
    score: Math.max(0, Math.min(100, Math.round(points))),
    reasons: [...parts.flatMap((part) => part.reasons ?? []), ...bonus, ...languages.notes],
    gaps: parts.flatMap((part) => part.gaps ?? []),
    distanceKm: km,
  }
}
