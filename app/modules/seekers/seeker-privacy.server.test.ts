import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { bookmarks, documents, seekerProfiles } from '../../../db/schema'
import { seedListing, pickOccupation } from '../../../db/seed/factories'
import { makeTinyPdf } from '../../../db/seed/tiny-pdf'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { deleteAccount, exportUserData } from '../privacy/user-data.server'
import { addBookmark } from './bookmarks.server'
import { uploadDocument } from './documents.server'
import { addWishedOccupation, saveProfile } from './profile.server'
import { parseProfileForm, type ProfileFormValues } from './profile.schema'

const uploads = mkdtempSync(join(tmpdir(), 'passgenau-privacy-'))
process.env.UPLOADS_DIR = uploads
afterAll(() => rmSync(uploads, { recursive: true, force: true }))

const ctx = setupAppDatabase()
const PASSWORD = 'Brockenbahn im Nebel 1142'

const profile: ProfileFormValues = {
  targetGroup: 'career-changer',
  certificate: 'hauptschule',
  germanLevel: 'C2',
  languages: [],
  qualifications: [],
  skills: 'MAG-Schweißen',
  homePlace: 'Osterode am Harz',
  travelKm: '25',
  hasDrivingLicence: true,
  hasCar: true,
  usesPublicTransportOnly: false,
  availableFrom: '',
  wishedOfferTypes: ['job'],
  isFindable: true,
}

describe('privacy for seekers', () => {
  it('exports the profile, documents and bookmarks, and erases them with the account, stored files included', async () => {
    const user = await seedUser(ctx.db, { role: 'seeker', password: PASSWORD })
    await saveProfile(user.id, parseProfileForm(profile))
    await addWishedOccupation(user.id, (await pickOccupation(ctx.db, { name: 'Konstruktionsmechaniker' })).id)
    const { id: documentId } = await uploadDocument({ userId: user.id, kind: 'cv', file: { name: 'cv-schweisser.pdf', type: 'application/pdf', bytes: makeTinyPdf(['CV']) } })
    const listing = await seedListing(ctx.db)
    await addBookmark(user.id, listing.id)

    const data = await exportUserData(user.id)
    expect(data.seekerProfile).toMatchObject({ germanLevel: 'C2', skills: ['MAG-Schweißen'], home: { name: 'Osterode am Harz' }, wishedOccupations: ['Konstruktionsmechaniker/in'] })
    expect(data.documents).toEqual([expect.objectContaining({ kind: 'cv', name: 'cv-schweisser.pdf', contentType: 'application/pdf' })])
    expect(data.bookmarks).toEqual([expect.objectContaining({ listingId: listing.id, title: listing.title })])
    // The export says what is stored, not where: no storage keys.
    expect(JSON.stringify(data)).not.toMatch(/storageKey|"[0-9a-f]{32}"/)

    const [{ storageKey }] = await ctx.db.select({ storageKey: documents.storageKey }).from(documents).where(eq(documents.id, documentId))
    expect(existsSync(join(uploads, storageKey))).toBe(true)
    await deleteAccount({ userId: user.id, currentPassword: PASSWORD })
    expect(await ctx.db.select().from(seekerProfiles).where(eq(seekerProfiles.userId, user.id))).toEqual([])
    expect(await ctx.db.select().from(documents).where(eq(documents.userId, user.id))).toEqual([])
    expect(await ctx.db.select().from(bookmarks).where(eq(bookmarks.userId, user.id))).toEqual([])
    expect(existsSync(join(uploads, storageKey))).toBe(false)
  })
})
