import { beforeAll, describe, expect, it } from 'vitest'
import { chamberCampaigns, chamberMemberships, listingPromotions } from '../../../db/schema'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { NotFound } from '~/utils/errors'
import { addDays, berlinToday } from '~/utils/calendar-date'
import { getChamberPage, listChambers } from './chamber-page.server'
import { seedEvent } from '../events/events.test-helper'
import type { MembershipStatus } from '../../../values/chambers'

const ctx = setupAppDatabase()
const ids: Record<string, string> = {}
const listingIds: Record<string, number> = {}
const today = berlinToday()

beforeAll(async () => {
  const { db } = ctx
  const chamber = await seedOrganization(db, { kind: 'chamber', name: 'Kreishandwerkerschaft Seitenprobe', slug: `khs-seitenprobe-${Date.now()}`, description: '## Über uns\n\nFiktiv. <script>alert(1)</script>' })
  const other = await seedOrganization(db, { kind: 'chamber', name: 'Andere Kammer' })
  Object.assign(ids, { chamber: chamber.id, chamberSlug: chamber.slug, other: other.id })
  const member = async (name: string, status: MembershipStatus, listings: Array<'open' | 'closed'>) => {
    const company = await seedOrganization(db, { name })
    await db.insert(chamberMemberships).values({ chamberId: chamber.id, companyId: company.id, memberNumber: name.slice(0, 10), status })
    for (const kind of listings) await seedListing(db, { organizationId: company.id, status: kind === 'open' ? 'published' : 'closed' })
    return company
  }
  const busy = await member('Bäckerei Viel', 'verified', ['open', 'open', 'closed'])
  await member('Tischlerei Eins', 'verified', ['open'])
  await member('Ohne Stellen GmbH', 'verified', ['closed'])
  await member('Angefragt GmbH', 'requested', ['open'])
  const revoked = await member('Widerrufen GmbH', 'revoked', ['open'])
  ids.busySlug = busy.slug

  listingIds.featured = (await seedListing(db, { organizationId: busy.id, title: 'Hervorgehoben (m/w/d)' })).id
  listingIds.ended = (await seedListing(db, { organizationId: busy.id, title: 'Gestern hervorgehoben (m/w/d)' })).id
  listingIds.closed = (await seedListing(db, { organizationId: busy.id, title: 'Besetzt (m/w/d)', status: 'closed' })).id
  listingIds.revoked = (await seedListing(db, { organizationId: revoked.id, title: 'Mitgliedschaft widerrufen (m/w/d)' })).id
  const promote = (listingId: number, chamberId: string, startsOn: string, endsOn: string) => ({ listingId, chamberId, startsOn, endsOn })
  await db.insert(listingPromotions).values([
    promote(listingIds.featured, chamber.id, today, addDays(today, 7)),
    promote(listingIds.featured, chamber.id, addDays(today, -3), today),
    promote(listingIds.ended, chamber.id, addDays(today, -10), addDays(today, -1)),
    promote(listingIds.ended, other.id, today, today),
    promote(listingIds.closed, chamber.id, today, addDays(today, 7)),
    promote(listingIds.revoked, chamber.id, today, addDays(today, 7)),
  ])

  await db.insert(chamberCampaigns).values([
    { chamberId: chamber.id, title: 'Lehrstellen-Aktion Sommer', description: '**Jetzt** bewerben', startsOn: addDays(today, -5), endsOn: addDays(today, 30) },
    { chamberId: chamber.id, title: 'Vorbei', startsOn: addDays(today, -40), endsOn: addDays(today, -1) },
    { chamberId: chamber.id, title: 'Noch nicht', startsOn: addDays(today, 1), endsOn: addDays(today, 30) },
    { chamberId: other.id, title: 'Fremde Aktion', startsOn: today, endsOn: today },
  ])
  await seedEvent(db, chamber.id, { title: 'Börse der Kammer', inHours: 24 })
  await seedEvent(db, chamber.id, { title: 'Vergangene Börse', inHours: -48 })
  await seedEvent(db, other.id, { title: 'Börse der anderen', inHours: 24 })
})

describe('chamber page', () => {
  it('lists only verified members that have open listings, with their counts and links', async () => {
    const page = await getChamberPage(ids.chamberSlug)
    expect(page.members.map((m) => [m.name, m.openListings])).toEqual([
      ['Bäckerei Viel', 4],
      ['Tischlerei Eins', 1],
    ])
    expect(page.members[0]).toMatchObject({ path: `/companies/${ids.busySlug}`, jobsPath: `/jobs?q=%22B%C3%A4ckerei+Viel%22` })
    expect(page.memberCount).toBe(3)
  })

  it('shows the sanitized description, current campaigns and upcoming events of this chamber only', async () => {
    const page = await getChamberPage(ids.chamberSlug)
    expect(page.chamber.descriptionHtml).toContain('<h3>Über uns</h3>')
    expect(page.chamber.descriptionHtml).not.toContain('<script')
    expect(page.campaigns.map((c) => c.title)).toEqual(['Lehrstellen-Aktion Sommer'])
    expect(page.campaigns[0].descriptionHtml).toContain('<strong>Jetzt</strong>')
    expect(page.events.map((e) => e.title)).toEqual(['Börse der Kammer'])
  })

  it('features listings promoted today by this chamber while they are open and their company a verified member, each once', async () => {
    const page = await getChamberPage(ids.chamberSlug)
    expect(page.featured.map((l) => l.id)).toEqual([listingIds.featured])
  })

  it('is not found for an unknown slug or a company', async () => {
    await expect(getChamberPage('gibt-es-nicht')).rejects.toBeInstanceOf(NotFound)
    await expect(getChamberPage(ids.busySlug)).rejects.toBeInstanceOf(NotFound)
  })
})

describe('chamber list', () => {
  it('lists chambers with their seat and verified member count, and no company', async () => {
    const chambers = await listChambers()
    expect(chambers.map((c) => c.name)).toEqual(['Andere Kammer', 'Kreishandwerkerschaft Seitenprobe'])
    expect(chambers[1]).toMatchObject({ path: `/chambers/${ids.chamberSlug}`, memberCount: 3 })
    expect(chambers[1].place).toMatchObject({ districtCode: expect.stringMatching(/^\d{5}$/) })
  })
})
