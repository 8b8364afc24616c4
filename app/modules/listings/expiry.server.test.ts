import { and, eq, inArray } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { listings, outboundEmails, searchOutbox } from '../../../db/schema'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { expireListings, sendExpiryReminders } from './expiry.server'

const ctx = setupAppDatabase()

// The worker's clock, passed in: "now" is whatever the test says.
const NOW = new Date('2026-05-10T06:00:00Z')
const DAY = 86_400_000
const at = (days: number) => new Date(NOW.getTime() + days * DAY)

let company: string
let otherCompany: string

beforeAll(async () => {
  company = (await seedOrganization(ctx.db, { name: 'Harzer Metallbau GmbH' })).id
  otherCompany = (await seedOrganization(ctx.db)).id
  await seedUser(ctx.db, { role: 'employer', email: 'inhaberin@example.org', name: 'Ines Inhaber', lang: 'de', memberOf: { organizationId: company, role: 'owner' } })
  await seedUser(ctx.db, { role: 'employer', email: 'owner-en@example.org', name: 'Owen Owner', lang: 'en', memberOf: { organizationId: company, role: 'owner' } })
  await seedUser(ctx.db, { role: 'employer', email: 'recruiterin@example.org', memberOf: { organizationId: company, role: 'recruiter' } })
})

const statusOf = async (id: number) => (await ctx.db.select({ status: listings.status }).from(listings).where(eq(listings.id, id)))[0].status
const mailsTo = (to: string) => ctx.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, to))
const syncRows = (ids: number[]) =>
  ctx.db
    .select()
    .from(searchOutbox)
    .where(and(eq(searchOutbox.entity, 'listing'), inArray(searchOutbox.entityId, ids.map(String))))

describe('expireListings', () => {
  it('expires published listings past their expiry, tells search, and is safe to run twice', async () => {
    const past = await seedListing(ctx.db, { organizationId: company, expiresAt: at(-1) })
    const future = await seedListing(ctx.db, { organizationId: company, expiresAt: at(1) })
    const closed = await seedListing(ctx.db, { organizationId: company, status: 'closed', expiresAt: at(-1) })
    const before = (await syncRows([past.id, future.id, closed.id])).length

    expect(await expireListings(NOW)).toBeGreaterThanOrEqual(1)
    expect(await statusOf(past.id)).toBe('expired')
    expect(await statusOf(future.id)).toBe('published')
    expect(await statusOf(closed.id)).toBe('closed')
    const rows = await syncRows([past.id, future.id, closed.id])
    expect(rows.length - before).toBe(1)
    expect(rows.at(-1)?.entityId).toBe(String(past.id))

    // The factory queued each listing once when it was created; the expiry queued `past` once more.
    expect(await expireListings(NOW)).toBe(0)
    expect(await syncRows([past.id])).toHaveLength(2)

    expect(await expireListings(at(2))).toBeGreaterThanOrEqual(1)
    expect(await statusOf(future.id)).toBe('expired')
  })
})

describe('sendExpiryReminders', () => {
  it('mails every owner in their language 7 days before expiry, once per listing', async () => {
    const soon = await seedListing(ctx.db, { organizationId: company, title: 'Schweißer/in (m/w/d)', expiresAt: at(6) })
    const later = await seedListing(ctx.db, { organizationId: company, title: 'Später (m/w/d)', expiresAt: at(20) })
    await seedListing(ctx.db, { organizationId: otherCompany, expiresAt: at(3) })

    expect(await sendExpiryReminders(NOW)).toBeGreaterThanOrEqual(1)
    const german = (await mailsTo('inhaberin@example.org')).filter((m) => m.subject.includes('Schweißer/in'))
    const english = (await mailsTo('owner-en@example.org')).filter((m) => m.subject.includes('Schweißer/in'))
    expect(german).toHaveLength(1)
    expect(german[0].subject).toBe('Ihr Angebot „Schweißer/in (m/w/d)“ läuft am 16. Mai 2026 ab')
    expect(german[0].textBody).toContain(`/employer/listings/${soon.id}`)
    expect(english).toHaveLength(1)
    expect(english[0].subject).toBe('Your listing “Schweißer/in (m/w/d)” expires on 16 May 2026')
    expect(await mailsTo('recruiterin@example.org')).toHaveLength(0)
    expect((await mailsTo('inhaberin@example.org')).some((m) => m.subject.includes('Später'))).toBe(false)

    // A second run the same day, and one a day later, send nothing more for this listing.
    await sendExpiryReminders(NOW)
    await sendExpiryReminders(at(1))
    expect((await mailsTo('inhaberin@example.org')).filter((m) => m.subject.includes('Schweißer/in'))).toHaveLength(1)

    // The later listing gets its reminder when its time comes.
    await sendExpiryReminders(at(14))
    expect((await mailsTo('inhaberin@example.org')).filter((m) => m.subject.includes('Später'))).toHaveLength(1)
    expect((await ctx.db.select().from(listings).where(eq(listings.id, later.id)))[0].expiryReminderSentAt).toEqual(at(14))
  })

  it('sends again after a renewal reset the reminder', async () => {
    const listing = await seedListing(ctx.db, { organizationId: company, title: 'Verlängert (m/w/d)', expiresAt: at(5) })
    await sendExpiryReminders(NOW)
    await ctx.db.update(listings).set({ expiresAt: at(65), expiryReminderSentAt: null }).where(eq(listings.id, listing.id))
    await sendExpiryReminders(at(59))
    expect((await mailsTo('inhaberin@example.org')).filter((m) => m.subject.includes('Verlängert'))).toHaveLength(2)
  })

  it('leaves drafts and expired listings alone', async () => {
    await seedListing(ctx.db, { organizationId: company, title: 'Entwurf (m/w/d)', status: 'draft', expiresAt: at(2) })
    await sendExpiryReminders(NOW)
    expect((await mailsTo('inhaberin@example.org')).some((m) => m.subject.includes('Entwurf'))).toBe(false)
  })
})
