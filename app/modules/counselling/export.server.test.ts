import { describe, expect, it } from 'vitest'
import { counsellingConsents, counsellingNotes, counsellingRecommendations } from '../../../db/schema'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { exportCounsellingData } from './export.server'

const ctx = setupAppDatabase()

describe('counselling data in the export', () => {
  it('gives the seeker their consents, the notes kept about them and the recommendations, and nobody else’s', async () => {
    const chamber = await seedOrganization(ctx.db, { kind: 'chamber', name: 'Handwerkskammer Export (Test)' })
    const company = await seedOrganization(ctx.db)
    const listing = await seedListing(ctx.db, { organizationId: company.id, title: 'Tischler/in (m/w/d)' })
    const seeker = await seedUser(ctx.db, { role: 'seeker' })
    const other = await seedUser(ctx.db, { role: 'seeker' })
    for (const id of [seeker.id, other.id]) await ctx.db.insert(counsellingConsents).values({ seekerId: id, chamberId: chamber.id })
    await ctx.db.insert(counsellingNotes).values([
      { seekerId: seeker.id, chamberId: chamber.id, text: 'Praktikum in der Tischlerei vereinbart' },
      { seekerId: other.id, chamberId: chamber.id, text: 'Notiz zu jemand anderem' },
    ])
    await ctx.db.insert(counsellingRecommendations).values({ seekerId: seeker.id, chamberId: chamber.id, listingId: listing.id, note: 'Passt gut' })

    const data = await exportCounsellingData(seeker.id)
    expect(data.consents).toEqual([expect.objectContaining({ chamber: 'Handwerkskammer Export (Test)' })])
    expect(data.notes.map((n) => n.text)).toEqual(['Praktikum in der Tischlerei vereinbart'])
    expect(data.recommendations).toEqual([expect.objectContaining({ listing: 'Tischler/in (m/w/d)', note: 'Passt gut' })])
    expect(data.referrals).toEqual([])
  })
})
