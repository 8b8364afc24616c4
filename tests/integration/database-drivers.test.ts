import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../../db/client'
import { listings, organizations } from '../../db/schema'
import { seedListing } from '../../db/seed/factories'
import { createTestDatabase } from '../support/database'
import { testServerUrl } from '../support/test-env'

/** The same schema, migrations and queries on both drivers: postgres.js and embedded PGlite. */
async function roundTrip(handle: DatabaseHandle) {
  const listing = await seedListing(handle.db, { title: 'Tischler/in (m/w/d)', offerType: 'job', payPeriod: 'month', payMin: 2900, payMax: 3400 })
  const [row] = await handle.db
    .select({ title: listings.title, company: organizations.name, benefits: listings.benefits })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(eq(listings.id, listing.id))
  expect(row.title).toBe('Tischler/in (m/w/d)')
  expect(Array.isArray(row.benefits)).toBe(true)
}

describe('database drivers', () => {
  it('migrates and queries an embedded PGlite', async () => {
    const handle = await openDatabase({})
    try {
      expect(handle.driver).toBe('pglite')
      await migrateDatabase(handle)
      const { ensureReferenceData } = await import('../../db/reference/load')
      await ensureReferenceData(handle.db)
      await roundTrip(handle)
    } finally {
      await handle.close()
    }
  }, 60_000)

  it.runIf(testServerUrl())('migrates and queries a PostgreSQL server through postgres.js', async () => {
    const test = await createTestDatabase()
    try {
      expect(test.handle.driver).toBe('postgres')
      await migrateDatabase(test.handle)
      await roundTrip(test.handle)
    } finally {
      await test.close()
    }
  })
})
