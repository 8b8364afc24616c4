import { count, desc, eq, inArray, max } from 'drizzle-orm'
import type { Lang } from '~/i18n'
import { getDb } from '../../../db/client'
import { counsellingConsents, counsellingNotes, occupations, places, seekerProfiles, users } from '../../../db/schema'
import { getApplicantFacts } from '../applications/applicant-facts.server'
import { listMyApplications } from '../applications/seeker-applications.server'
import { getRecommendations } from '../matching/recommendations.server'
import { listCaseNotes, listCaseRecommendations } from './case-records.server'
import { findCase, type CaseScope } from './case-scope.server'

export interface CaseSummary {
  seekerId: string
  name: string
  homePlace: string | null
  grantedAt: string
  noteCount: number
  lastNoteAt: string | null
}

/** The seekers who consented to the chamber, the newest consent first; nobody else. */
export async function listCaseload(chamberId: string): Promise<CaseSummary[]> {
  const db = getDb()
  const notes = db
    .select({ seekerId: counsellingNotes.seekerId, n: count().as('n'), last: max(counsellingNotes.createdAt).as('last') })
    .from(counsellingNotes)
    .where(eq(counsellingNotes.chamberId, chamberId))
    .groupBy(counsellingNotes.seekerId)
    .as('notes')
  const rows = await db
    .select({ seekerId: counsellingConsents.seekerId, name: users.name, homePlace: places.name, grantedAt: counsellingConsents.grantedAt, noteCount: notes.n, lastNoteAt: notes.last })
    .from(counsellingConsents)
    .innerJoin(users, eq(users.id, counsellingConsents.seekerId))
    .leftJoin(seekerProfiles, eq(seekerProfiles.userId, counsellingConsents.seekerId))
    .leftJoin(places, eq(places.id, seekerProfiles.homePlaceId))
    .leftJoin(notes, eq(notes.seekerId, counsellingConsents.seekerId))
    .where(eq(counsellingConsents.chamberId, chamberId))
    .orderBy(desc(counsellingConsents.grantedAt), users.name)
  return rows.map((r) => ({
    ...r,
    grantedAt: r.grantedAt.toISOString(),
    noteCount: Number(r.noteCount ?? 0),
    lastNoteAt: r.lastNoteAt ? new Date(r.lastNoteAt).toISOString() : null,
  }))
}

async function loadWishes(seekerId: string) {
  const db = getDb()
  const [profile] = await db
    .select({ occupationIds: seekerProfiles.wishedOccupationIds, offerTypes: seekerProfiles.wishedOfferTypes })
    .from(seekerProfiles)
    .where(eq(seekerProfiles.userId, seekerId))
  if (!profile) return { occupations: [], offerTypes: [] }
  const names = profile.occupationIds.length
    ? await db.select({ name: occupations.name }).from(occupations).where(inArray(occupations.id, profile.occupationIds))
    : []
  return { occupations: names.map((o) => o.name).sort(), offerTypes: profile.offerTypes }
}

/**
 * What the chamber's counsellors see of a consenting seeker: the profile, the best matches among
 * open listings, the applications' statuses, and the chamber's own notes and recommendations.
 * Documents, cover letters and messages with companies are not part of it.
 */
export async function getCase(scope: CaseScope, opts: { lang: Lang }) {
  const db = getDb()
  const found = await findCase(db, scope)
  const [facts, wishes, ranked, applications, notes, recommendations] = await Promise.all([
    getApplicantFacts(db, scope.seekerId),
    loadWishes(scope.seekerId),
    getRecommendations(scope.seekerId, { lang: opts.lang, withCounsellorPicks: false }),
    listMyApplications(scope.seekerId),
    listCaseNotes(db, scope),
    listCaseRecommendations(db, scope),
  ])
  return {
    seekerId: found.seekerId,
    name: found.name,
    grantedAt: found.grantedAt.toISOString(),
    facts,
    wishes,
    hasProfile: ranked.hasProfile,
    home: ranked.hasProfile ? ranked.home : null,
    matches: ranked.hasProfile ? ranked.recommendations : [],
    applications: applications.map((a) => ({ id: a.id, status: a.status, listingTitle: a.listingTitle, companyName: a.companyName, placeName: a.placeName, updatedAt: a.updatedAt })),
    notes,
    recommendations,
  }
}

export type CaseView = Awaited<ReturnType<typeof getCase>>
