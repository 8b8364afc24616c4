import type { MessageKey } from '~/i18n/types'
import type { SpokenLanguage } from '../../../db/schema/seekers'
import type { Benefit, Certificate, GermanLevel, OfferType, WorkplaceLanguage } from '../../../values/listings'
import type { SeekerCertificate } from '../../../values/seekers'

/**
 * A value in a reason's text, rendered in the reader's language: a number (decimal comma in
 * German), a calendar day, or another dictionary entry (a certificate, an offer type).
 */
export type NoteParam = string | number | { date: string } | { key: MessageKey }

/** One line of why a listing fits (a reason) or what stands in the way (a gap). */
export interface MatchNote {
  key: MessageKey
  params?: Record<string, NoteParam>
}

export interface MatchResult {
  /** 0–100 */
  score: number
  reasons: MatchNote[]
  gaps: MatchNote[]
  /** From the seeker's home, rounded as shown; null without a home place. */
  distanceKm: number | null
}

/** What the score reads of a seeker's profile. */
export interface MatchProfile {
  germanLevel: GermanLevel | null
  certificate: SeekerCertificate | null
  home: { name: string; lat: number; lng: number } | null
  /** Null when not given; the score assumes DEFAULT_TRAVEL_KM then. */
  travelKm: number | null
  hasDrivingLicence: boolean
  hasCar: boolean
  usesPublicTransportOnly: boolean
  /** YYYY-MM-DD; null means "now". */
  availableFrom: string | null
  wishedOccupationIds: number[]
  /** KldB fields of the wished occupations: a listing in one of them is a related occupation. */
  wishedFieldCodes: string[]
  wishedOfferTypes: OfferType[]
  /** A foreign qualification whose recognition is not complete yet. */
  awaitsRecognition: boolean
  /** Languages besides German with their level, as the profile lists them. */
  languages: SpokenLanguage[]
}

/** What the score reads of a listing. */
export interface MatchListing {
  offerType: OfferType
  occupationId: number
  occupationName: string
  fieldCode: string | null
  place: { name: string; lat: number; lng: number }
  /** YYYY-MM-DD */
  startDate: string
  minGerman: GermanLevel
  minCertificate: Certificate
  needsDrivingLicence: boolean
  benefits: Benefit[]
  hasRecognitionSupport: boolean
  workplaceLanguages: WorkplaceLanguage[]
  supportsGermanCourse: boolean
}
