import { desc, eq } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { bookmarks, documents, listings, places, seekerProfiles } from '../../../db/schema'
import { loadWishedOccupations } from './profile.server'

/** The seeker's part of the GDPR export: profile, documents (described, not the files) and bookmarks. */
export async function exportSeekerData(userId: string, db: Database = getDb()) {
  const [[row], files, saved] = await Promise.all([
    db
      .select({ profile: seekerProfiles, home: { postalCode: places.postalCode, name: places.name } })
      .from(seekerProfiles)
      .leftJoin(places, eq(places.id, seekerProfiles.homePlaceId))
      .where(eq(seekerProfiles.userId, userId)),
    db
      .select({
        kind: documents.kind,
        name: documents.originalName,
        contentType: documents.contentType,
        sizeBytes: documents.sizeBytes,
        sha256: documents.sha256,
        uploadedAt: documents.createdAt,
      })
      .from(documents)
      .where(eq(documents.userId, userId))
      .orderBy(desc(documents.createdAt)),
    db
      .select({ listingId: bookmarks.listingId, title: listings.title, savedAt: bookmarks.createdAt })
      .from(bookmarks)
      .innerJoin(listings, eq(listings.id, bookmarks.listingId))
      .where(eq(bookmarks.userId, userId))
      .orderBy(desc(bookmarks.createdAt)),
  ])
  let profile = null
  if (row) {
    const { userId: _owner, homePlaceId: _place, wishedOccupationIds, ...rest } = row.profile
    const wished = await loadWishedOccupations(wishedOccupationIds, db)
    profile = { ...rest, home: row.home, wishedOccupations: wished.map((o) => o.name) }
  }
  return { seekerProfile: profile, documents: files, bookmarks: saved }
}
