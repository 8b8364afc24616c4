import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { counsellingNotes, counsellingRecommendations, listings, organizations, users } from '../../../db/schema'
import { isOpenListing } from '../listings/cards.server'
import type { CaseScope } from './case-scope.server'

export interface CaseNote {
  id: number
  text: string
  /** Null once the author's account is gone. */
  authorName: string | null
  createdAt: string
}

/** The chamber's progress notes on the case, oldest first, as a case file reads. */
export async function listCaseNotes(db: Database, scope: CaseScope): Promise<CaseNote[]> {
  const rows = await db
    .select({ id: counsellingNotes.id, text: counsellingNotes.text, authorName: users.name, createdAt: counsellingNotes.createdAt })
    .from(counsellingNotes)
    .leftJoin(users, eq(users.id, counsellingNotes.authorId))
    .where(and(eq(counsellingNotes.chamberId, scope.chamberId), eq(counsellingNotes.seekerId, scope.seekerId)))
    .orderBy(asc(counsellingNotes.createdAt), asc(counsellingNotes.id))
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
}

export interface CaseRecommendation {
  id: string
  listingId: number
  listingTitle: string
  companyName: string
  note: string
  counsellorName: string | null
  createdAt: string
  /** A closed or expired listing no longer shows in the seeker's recommendations. */
  isOpen: boolean
}

/** The listings the chamber recommended to the seeker, newest first. */
export async function listCaseRecommendations(db: Database, scope: CaseScope): Promise<CaseRecommendation[]> {
  const rows = await db
    .select({
      id: counsellingRecommendations.id,
      listingId: listings.id,
      listingTitle: listings.title,
      companyName: organizations.name,
      note: counsellingRecommendations.note,
      counsellorName: users.name,
      createdAt: counsellingRecommendations.createdAt,
      isOpen: sql<boolean>`${isOpenListing()}`,
    })
    .from(counsellingRecommendations)
    .innerJoin(listings, eq(listings.id, counsellingRecommendations.listingId))
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .leftJoin(users, eq(users.id, counsellingRecommendations.counsellorId))
    .where(and(eq(counsellingRecommendations.chamberId, scope.chamberId), eq(counsellingRecommendations.seekerId, scope.seekerId)))
    .orderBy(desc(counsellingRecommendations.createdAt))
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
}
