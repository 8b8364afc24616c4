import { asc, eq } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { counsellingConsents, counsellingNotes, counsellingRecommendations, listings, organizations } from '../../../db/schema'
import { listMyReferrals } from './referral-answers.server'

/**
 * What chambers hold about the seeker, for the data export: the consents, the counsellors' notes and
 * recommendations under them (the seeker has a right to read notes kept about them), and referrals.
 */
export async function exportCounsellingData(seekerId: string) {
  const db = getDb()
  const [consents, notes, recommendations, referrals] = await Promise.all([
    db
      .select({ chamber: organizations.name, grantedAt: counsellingConsents.grantedAt })
      .from(counsellingConsents)
      .innerJoin(organizations, eq(organizations.id, counsellingConsents.chamberId))
      .where(eq(counsellingConsents.seekerId, seekerId)),
    db
      .select({ chamber: organizations.name, text: counsellingNotes.text, createdAt: counsellingNotes.createdAt })
      .from(counsellingNotes)
      .innerJoin(organizations, eq(organizations.id, counsellingNotes.chamberId))
      .where(eq(counsellingNotes.seekerId, seekerId))
      .orderBy(asc(counsellingNotes.createdAt)),
    db
      .select({ chamber: organizations.name, listing: listings.title, note: counsellingRecommendations.note, createdAt: counsellingRecommendations.createdAt })
      .from(counsellingRecommendations)
      .innerJoin(organizations, eq(organizations.id, counsellingRecommendations.chamberId))
      .innerJoin(listings, eq(listings.id, counsellingRecommendations.listingId))
      .where(eq(counsellingRecommendations.seekerId, seekerId))
      .orderBy(asc(counsellingRecommendations.createdAt)),
    listMyReferrals(seekerId),
  ])
  return { consents, notes, recommendations, referrals }
}
