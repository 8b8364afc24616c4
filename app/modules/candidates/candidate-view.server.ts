import { inArray, sql } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { occupations, places, seekerProfiles, users, type SeekerProfile } from '../../../db/schema'
import type { MatchListing, MatchProfile, MatchResult } from '../matching/match-types'
import { scoreMatch } from '../matching/score-match'
import type { Pseudonyms } from './candidate-id.server'

/**
 * The anonymised profile a company sees: the first letter of the first name, the home town and
 * district (never the address), and what the person filled in for their search. Never the
 * surname, the e-mail address, documents or foreign qualifications' details.
 */
export interface CandidateSummary {
  id: string
  initial: string
  home: { name: string; district: string } | null
  /** From the searched place, else from the chosen listing; null when neither applies. */
  distanceKm: number | null
  targetGroup: SeekerProfile['targetGroup']
  certificate: SeekerProfile['certificate']
  germanLevel: SeekerProfile['germanLevel']
  languages: SeekerProfile['languages']
  skills: string[]
  wishedOccupations: Array<{ id: number; name: string }>
  wishedOfferTypes: SeekerProfile['wishedOfferTypes']
  availableFrom: string | null
  travelKm: number | null
  hasDrivingLicence: boolean
  hasCar: boolean
  usesPublicTransportOnly: boolean
  /** Passed on by the chamber network; which company passed them on stays untold. */
  isReferred: boolean
  /** How well the chosen listing fits, with reasons; null without a listing. */
  match: MatchResult | null
}

/**
 * The columns behind a summary, for a query over `users` left-joined with `seeker_profiles` and the
 * home place. The name leaves the database as its first letter only.
 */
export const candidateColumns = {
  userId: users.id,
  initial: sql<string>`upper(left(btrim(${users.name}), 1))`,
  targetGroup: seekerProfiles.targetGroup,
  certificate: seekerProfiles.certificate,
  germanLevel: seekerProfiles.germanLevel,
  languages: seekerProfiles.languages,
  foreignQualifications: seekerProfiles.foreignQualifications,
  skills: seekerProfiles.skills,
  wishedOccupationIds: seekerProfiles.wishedOccupationIds,
  wishedOfferTypes: seekerProfiles.wishedOfferTypes,
  availableFrom: seekerProfiles.availableFrom,
  travelKm: seekerProfiles.travelKm,
  hasDrivingLicence: seekerProfiles.hasDrivingLicence,
  hasCar: seekerProfiles.hasCar,
  usesPublicTransportOnly: seekerProfiles.usesPublicTransportOnly,
  homeName: places.name,
  homeDistrict: places.district,
  homeLat: places.lat,
  homeLng: places.lng,
}

/** One row of those columns; the profile's are null for someone passed on who never saved a profile. */
export interface CandidateRow {
  userId: string
  initial: string
  targetGroup: SeekerProfile['targetGroup']
  certificate: SeekerProfile['certificate']
  germanLevel: SeekerProfile['germanLevel']
  languages: SeekerProfile['languages'] | null
  foreignQualifications: SeekerProfile['foreignQualifications'] | null
  skills: string[] | null
  wishedOccupationIds: number[] | null
  wishedOfferTypes: SeekerProfile['wishedOfferTypes'] | null
  availableFrom: string | null
  travelKm: number | null
  hasDrivingLicence: boolean | null
  hasCar: boolean | null
  usesPublicTransportOnly: boolean | null
  homeName: string | null
  homeDistrict: string | null
  homeLat: number | null
  homeLng: number | null
}

export type OccupationNames = Map<number, { name: string; fieldCode: string | null }>

/** Names and fields of the wished occupations of all rows, in one query. */
export async function loadWishedOccupations(db: Database, rows: Array<Pick<CandidateRow, 'wishedOccupationIds'>>): Promise<OccupationNames> {
  const ids = [...new Set(rows.flatMap((r) => r.wishedOccupationIds ?? []))]
  if (ids.length === 0) return new Map()
  const found = await db.select({ id: occupations.id, name: occupations.name, fieldCode: occupations.fieldCode }).from(occupations).where(inArray(occupations.id, ids))
  return new Map(found.map((o) => [o.id, { name: o.name, fieldCode: o.fieldCode }]))
}

/** The row as the score reads a seeker (the same reading as loadSeekerForMatching). */
function toMatchProfile(row: CandidateRow, names: OccupationNames): MatchProfile {
  const wished = row.wishedOccupationIds ?? []
  return {
    germanLevel: row.germanLevel,
    certificate: row.certificate,
    home: row.homeName !== null && row.homeLat !== null && row.homeLng !== null ? { name: row.homeName, lat: row.homeLat, lng: row.homeLng } : null,
    travelKm: row.travelKm,
    hasDrivingLicence: row.hasDrivingLicence ?? false,
    hasCar: row.hasCar ?? false,
    usesPublicTransportOnly: row.usesPublicTransportOnly ?? false,
    availableFrom: row.availableFrom,
    wishedOccupationIds: wished,
    wishedFieldCodes: [...new Set(wished.flatMap((id) => names.get(id)?.fieldCode ?? []))],
    wishedOfferTypes: row.wishedOfferTypes ?? [],
    awaitsRecognition: (row.foreignQualifications ?? []).some((q) => q.recognition !== 'full'),
    languages: row.languages ?? [],
  }
}

export function scoreCandidate(row: CandidateRow, names: OccupationNames, listing: MatchListing, now: Date): MatchResult {
  return scoreMatch(toMatchProfile(row, names), listing, { now })
}

export function toCandidateSummary(
  row: CandidateRow & { isReferred: boolean },
  ctx: { pseudonyms: Pseudonyms; names: OccupationNames; distanceKm: number | null; match: MatchResult | null },
): CandidateSummary {
  return {
    id: ctx.pseudonyms.toPseudonym(row.userId),
    initial: row.initial,
    home: row.homeName !== null && row.homeDistrict !== null ? { name: row.homeName, district: row.homeDistrict } : null,
    distanceKm: ctx.distanceKm ?? ctx.match?.distanceKm ?? null,
    targetGroup: row.targetGroup,
    certificate: row.certificate,
    germanLevel: row.germanLevel,
    languages: row.languages ?? [],
    skills: row.skills ?? [],
    wishedOccupations: (row.wishedOccupationIds ?? []).flatMap((id) => {
      const found = ctx.names.get(id)
      return found ? [{ id, name: found.name }] : []
    }),
    wishedOfferTypes: row.wishedOfferTypes ?? [],
    availableFrom: row.availableFrom,
    travelKm: row.travelKm,
    hasDrivingLicence: row.hasDrivingLicence ?? false,
    hasCar: row.hasCar ?? false,
    usesPublicTransportOnly: row.usesPublicTransportOnly ?? false,
    isReferred: row.isReferred,
    match: ctx.match,
  }
}
