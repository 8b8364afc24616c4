/* The value lists of a seeker's profile, for the database, the profile form and matching. */

import { CERTIFICATES } from './listings'

export const TARGET_GROUPS = ['school-leaver', 'newly-arrived', 'skilled-worker', 'career-changer'] as const
/**
 * A seeker's certificate: the German ranks of CERTIFICATES plus a foreign one, which has no rank
 * until it is recognised and is therefore never compared with a listing's minimum.
 */
export const SEEKER_CERTIFICATES = [...CERTIFICATES, 'foreign'] as const
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const
export const RECOGNITION_STATUSES = ['not-started', 'in-progress', 'partial', 'full'] as const
export const DOCUMENT_KINDS = ['cv', 'certificate', 'other'] as const

export type TargetGroup = (typeof TARGET_GROUPS)[number]
export type SeekerCertificate = (typeof SEEKER_CERTIFICATES)[number]
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number]
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number]
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]
