import { eq } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { places, seekerProfiles, type SeekerProfile } from '../../../db/schema'

/**
 * The profile facts an application shares with the company: what the seeker filled in under
 * /me/profile, nothing else (the "findable" choice and wishes stay private).
 */
export interface ApplicantFacts {
  targetGroup: SeekerProfile['targetGroup']
  certificate: SeekerProfile['certificate']
  germanLevel: SeekerProfile['germanLevel']
  languages: SeekerProfile['languages']
  foreignQualifications: SeekerProfile['foreignQualifications']
  skills: string[]
  homePlace: string | null
  travelKm: number | null
  hasDrivingLicence: boolean
  hasCar: boolean
  usesPublicTransportOnly: boolean
  availableFrom: string | null
}

/** Null when the seeker has not saved a profile yet. */
export async function getApplicantFacts(db: Database, seekerId: string): Promise<ApplicantFacts | null> {
  const [row] = await db
    .select({
      targetGroup: seekerProfiles.targetGroup,
      certificate: seekerProfiles.certificate,
      germanLevel: seekerProfiles.germanLevel,
      languages: seekerProfiles.languages,
      foreignQualifications: seekerProfiles.foreignQualifications,
      skills: seekerProfiles.skills,
      homePlace: places.name,
      travelKm: seekerProfiles.travelKm,
      hasDrivingLicence: seekerProfiles.hasDrivingLicence,
      hasCar: seekerProfiles.hasCar,
      usesPublicTransportOnly: seekerProfiles.usesPublicTransportOnly,
      availableFrom: seekerProfiles.availableFrom,
    })
    .from(seekerProfiles)
    .leftJoin(places, eq(places.id, seekerProfiles.homePlaceId))
    .where(eq(seekerProfiles.userId, seekerId))
  return row ?? null
}
