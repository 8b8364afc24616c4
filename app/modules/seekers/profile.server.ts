import { and, count, eq, inArray, sql } from 'drizzle-orm'
import { Invalid, NotFound } from '~/utils/errors'
import { getDb, type Database } from '../../../db/client'
import { documents, occupations, places, seekerProfiles, type SeekerProfile } from '../../../db/schema'
import { occupationLabel, type OccupationName } from '../reference/occupation-label'
import { resolvePlace } from '../search/place.server'
import { profileCompleteness, type Completeness } from './profile-completeness'
import { MAX_WISHED_OCCUPATIONS, type ProfileFormValues, type ProfileInput } from './profile.schema'

export interface WishedOccupation {
  id: number
  name: string
  kind: 'training' | 'esco'
  /** The name to show in the interface language. */
  label: OccupationName
}

export interface ProfileView {
  /** False until the first save: the form starts empty. */
  exists: boolean
  values: ProfileFormValues
  occupations: WishedOccupation[]
  completeness: Completeness
  /** Changes with every save: the form is keyed by it, so it shows what was stored. */
  version: string
}

const EMPTY: ProfileFormValues = {
  targetGroup: '',
  certificate: '',
  germanLevel: '',
  languages: [],
  qualifications: [],
  skills: '',
  homePlace: '',
  travelKm: '',
  hasDrivingLicence: false,
  hasCar: false,
  usesPublicTransportOnly: false,
  availableFrom: '',
  wishedOfferTypes: [],
  isFindable: false,
}

async function loadRow(userId: string, db: Database) {
  const [row] = await db
    .select({ profile: seekerProfiles, place: { name: places.name, postalCode: places.postalCode } })
    .from(seekerProfiles)
    .leftJoin(places, eq(places.id, seekerProfiles.homePlaceId))
    .where(eq(seekerProfiles.userId, userId))
  return row
}

/** The wished occupations by id, in the order the seeker chose them, named in `lang`. */
export async function loadWishedOccupations(ids: number[], db: Database = getDb(), lang = 'de'): Promise<WishedOccupation[]> {
  if (ids.length === 0) return []
  const rows = await db.select({ id: occupations.id, name: occupations.name, kind: occupations.kind, labels: occupations.labels }).from(occupations).where(inArray(occupations.id, ids))
  const byId = new Map(rows.map(({ labels, ...row }) => [row.id, { ...row, label: occupationLabel({ name: row.name, labels }, lang) }]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

function toFormValues(profile: SeekerProfile, place: { name: string; postalCode: string } | null): ProfileFormValues {
  return {
    targetGroup: profile.targetGroup ?? '',
    certificate: profile.certificate ?? '',
    germanLevel: profile.germanLevel ?? '',
    languages: profile.languages.map((l) => ({ code: l.code, level: l.level })),
    qualifications: profile.foreignQualifications.map((q) => ({ title: q.title, country: q.country, recognition: q.recognition })),
    skills: profile.skills.join('\n'),
    homePlace: place ? `${place.postalCode} ${place.name}` : '',
    travelKm: profile.travelKm === null ? '' : String(profile.travelKm),
    hasDrivingLicence: profile.hasDrivingLicence,
    hasCar: profile.hasCar,
    usesPublicTransportOnly: profile.usesPublicTransportOnly,
    availableFrom: profile.availableFrom ?? '',
    wishedOfferTypes: [...profile.wishedOfferTypes],
    isFindable: profile.isFindable,
  }
}

/** The signed-in seeker's own profile for the form, with what to add next; occupations named in `lang`. */
export async function getProfileView(userId: string, db: Database = getDb(), lang = 'de'): Promise<ProfileView> {
  const [row, [cvs]] = await Promise.all([
    loadRow(userId, db),
    db.select({ n: count() }).from(documents).where(and(eq(documents.userId, userId), eq(documents.kind, 'cv'))),
  ])
  const profile = row?.profile
  const wished = profile ? await loadWishedOccupations(profile.wishedOccupationIds, db, lang) : []
  const completeness = profileCompleteness({
    hasGermanLevel: Boolean(profile?.germanLevel),
    hasHomePlace: Boolean(profile?.homePlaceId),
    hasTravelKm: profile?.travelKm != null,
    occupationCount: wished.length,
    hasCertificate: Boolean(profile?.certificate),
    hasTargetGroup: Boolean(profile?.targetGroup),
    offerTypeCount: profile?.wishedOfferTypes.length ?? 0,
    skillCount: profile?.skills.length ?? 0,
    hasCv: cvs.n > 0,
  })
  return {
    exists: Boolean(profile),
    values: profile ? toFormValues(profile, row.place) : EMPTY,
    occupations: wished,
    completeness,
    version: profile?.updatedAt.toISOString() ?? 'new',
  }
}

/** Saves everything of the form (as `parseProfileForm` gives it); the wished occupations are kept (they have their own forms). */
export async function saveProfile(userId: string, input: ProfileInput, db: Database = getDb()): Promise<void> {
  const place = input.homePlace ? await resolvePlace(input.homePlace, db) : null
  if (input.homePlace && !place) throw new Invalid({ homePlace: 'profile.error.place' }, 'form.errorSummary')
  const row = {
    targetGroup: input.targetGroup,
    certificate: input.certificate,
    germanLevel: input.germanLevel,
    languages: input.languages,
    foreignQualifications: input.qualifications,
    skills: input.skills,
    homePlaceId: place?.id ?? null,
    travelKm: input.travelKm,
    hasDrivingLicence: input.hasDrivingLicence,
    hasCar: input.hasCar,
    usesPublicTransportOnly: input.usesPublicTransportOnly,
    availableFrom: input.availableFrom,
    wishedOfferTypes: input.wishedOfferTypes,
    isFindable: input.isFindable,
    updatedAt: new Date(),
  }
  await db.insert(seekerProfiles).values({ userId, ...row }).onConflictDoUpdate({ target: seekerProfiles.userId, set: row })
}

/** Adds a wished occupation (at most MAX_WISHED_OCCUPATIONS); adding one twice keeps one. */
export async function addWishedOccupation(userId: string, occupationId: number, db: Database = getDb()): Promise<void> {
  const [occupation] = await db.select({ id: occupations.id }).from(occupations).where(eq(occupations.id, occupationId))
  if (!occupation) throw new NotFound('occupation')
  await db.transaction(async (tx) => {
    await tx.insert(seekerProfiles).values({ userId }).onConflictDoNothing()
    const [row] = await tx
      .select({ ids: seekerProfiles.wishedOccupationIds })
      .from(seekerProfiles)
      .where(eq(seekerProfiles.userId, userId))
      .for('update')
    if (row.ids.includes(occupationId)) return
    if (row.ids.length >= MAX_WISHED_OCCUPATIONS) throw new Invalid({ occupation: 'profile.error.tooManyOccupations' })
    await tx
      .update(seekerProfiles)
      .set({ wishedOccupationIds: [...row.ids, occupationId], updatedAt: new Date() })
      .where(eq(seekerProfiles.userId, userId))
  })
}

export async function removeWishedOccupation(userId: string, occupationId: number, db: Database = getDb()): Promise<void> {
  await db
    .update(seekerProfiles)
    .set({ wishedOccupationIds: sql`array_remove(${seekerProfiles.wishedOccupationIds}, ${occupationId}::int)`, updatedAt: new Date() })
    .where(eq(seekerProfiles.userId, userId))
}
