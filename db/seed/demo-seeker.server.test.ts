import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../tests/support/database'
import { bookmarks, documents, occupations, seekerProfiles } from '../schema'
import { DEMO_SEEKER_EMAIL, seedDemoSeeker } from './demo-seeker'
import { seedListing, seedOrganization, pickOccupation, pickPlace } from './factories'
import { seedUser } from './users'

let t: TestDatabase
const uploads = mkdtempSync(join(tmpdir(), 'passgenau-demo-seeker-'))
let seekerId = ''

beforeAll(async () => {
  t = await createTestDatabase()
  seekerId = (await seedUser(t.db, { email: DEMO_SEEKER_EMAIL, role: 'seeker' })).id
  const goslar = await pickPlace(t.db, { name: 'Goslar' })
  const company = await seedOrganization(t.db, { placeId: goslar.id })
  const elektroniker = await pickOccupation(t.db, { name: 'Elektroniker' })
  for (let i = 0; i < 3; i++) await seedListing(t.db, { organizationId: company.id, occupationId: elektroniker.id, offerType: 'ausbildung' })
})

afterAll(async () => {
  await t?.close()
  rmSync(uploads, { recursive: true, force: true })
})

describe('seedDemoSeeker', () => {
  it('gives the demo seeker a complete profile, a readable CV and two bookmarks, once', async () => {
    expect(await seedDemoSeeker(t.db, { uploadsDir: uploads })).toEqual({ created: true })
    const [profile] = await t.db.select().from(seekerProfiles).where(eq(seekerProfiles.userId, seekerId))
    expect(profile).toMatchObject({ certificate: 'mittlere-reife', germanLevel: 'C1', travelKm: 30, wishedOfferTypes: ['ausbildung'] })
    const wished = await t.db.select({ slug: occupations.slug }).from(occupations).where(eq(occupations.id, profile.wishedOccupationIds[0]))
    expect(wished[0].slug).toBe('elektroniker-in')
    expect(profile.wishedOccupationIds).toHaveLength(2)

    const [cv] = await t.db.select().from(documents).where(eq(documents.userId, seekerId))
    expect(cv).toMatchObject({ kind: 'cv', contentType: 'application/pdf' })
    const bytes = readFileSync(join(uploads, cv.storageKey))
    expect(bytes.length).toBe(cv.sizeBytes)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.toString().trimEnd().endsWith('%%EOF')).toBe(true)

    expect(await t.db.select().from(bookmarks).where(eq(bookmarks.userId, seekerId))).toHaveLength(2)
    expect(await seedDemoSeeker(t.db, { uploadsDir: uploads })).toEqual({ created: false })
    expect(await t.db.select().from(documents).where(eq(documents.userId, seekerId))).toHaveLength(1)
  })
})
