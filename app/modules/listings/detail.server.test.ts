import { beforeAll, describe, expect, it } from 'vitest'
import { seedListing, seedOrganization, pickOccupation, pickPlace } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { NotFound } from '~/utils/errors'
import { distanceFromSearchedPlace, getPublicListing } from './detail.server'

const DAY = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY)
const ctx = setupAppDatabase()
const ids: Record<string, number> = {}

beforeAll(async () => {
  const { db } = ctx
  const goslar = await pickPlace(db, { name: 'Goslar' })
  const nordhausen = await pickPlace(db, { name: 'Nordhausen' })
  const mechatronics = await pickOccupation(db, { name: 'Mechatroniker' })
  const cook = await pickOccupation(db, { name: 'Koch' })
  const company = await seedOrganization(db, { name: 'Harzer Anlagenbau GmbH', placeId: goslar.id, isVerified: true })
  const make = async (name: string, overrides: Parameters<typeof seedListing>[1]) => {
    ids[name] = (await seedListing(db, { organizationId: company.id, occupationId: mechatronics.id, placeId: goslar.id, ...overrides })).id
  }
  await make('open', {
    title: 'Azubi Mechatroniker/in (m/w/d)',
    description: '## Aufgaben\n\n- Anlagen bauen\n\n<script>alert(1)</script>',
    applicationDeadline: '2030-01-31',
    contactName: 'Frau Beispiel',
    benefits: ['shuttle'],
  })
  await make('draft', { status: 'draft', publishedAt: null })
  await make('closed', { status: 'closed', closedReason: 'filled' })
  await make('expired', { status: 'expired', publishedAt: daysAgo(90), expiresAt: daysAgo(30) })
  await make('pastExpiry', { publishedAt: daysAgo(90), expiresAt: daysAgo(1) })
  await make('similarFar', { placeId: nordhausen.id, publishedAt: daysAgo(2) })
  await make('similarNear', { publishedAt: daysAgo(3) })
  await make('otherOccupation', { occupationId: cook.id })
})

describe('getPublicListing', () => {
  it('gives a published listing with the fields the page shows and sanitized HTML', async () => {
    const result = await getPublicListing(ids.open)
    expect(result.gone).toBe(false)
    if (result.gone) return
    const { listing } = result
    expect(listing).toMatchObject({
      id: ids.open,
      path: `/jobs/${ids.open}-azubi-mechatroniker-in-m-w-d`,
      title: 'Azubi Mechatroniker/in (m/w/d)',
      offerType: 'ausbildung',
      applicationDeadline: '2030-01-31',
      contactName: 'Frau Beispiel',
      benefits: ['shuttle'],
      occupation: { name: expect.stringContaining('Mechatroniker'), isCrafts: expect.any(Boolean) },
      place: { name: 'Goslar', postalCode: expect.stringMatching(/^\d{5}$/), state: 'Niedersachsen', stateCode: 'NI' },
      company: { name: 'Harzer Anlagenbau GmbH', isVerified: true, sector: 'crafts' },
    })
    expect(listing.descriptionHtml).toContain('<h3>Aufgaben</h3>')
    expect(listing.descriptionHtml).not.toContain('script')
    expect(listing.pay.trainingAllowances?.length).toBeGreaterThan(0)
    // Only what the page shows: no raw Markdown, no internal ids or status.
    expect(listing).not.toHaveProperty('description')
    expect(listing).not.toHaveProperty('status')
    expect(listing).not.toHaveProperty('organizationId')
  })

  it('answers NotFound for a draft and for an unknown id', async () => {
    await expect(getPublicListing(ids.draft)).rejects.toBeInstanceOf(NotFound)
    await expect(getPublicListing(2_000_000_000)).rejects.toBeInstanceOf(NotFound)
    await expect(getPublicListing(-1)).rejects.toBeInstanceOf(NotFound)
  })

  it.each(['closed', 'expired', 'pastExpiry'])('answers gone for a %s listing, with similar open listings nearest first', async (name) => {
    const result = await getPublicListing(ids[name])
    expect(result.gone).toBe(true)
    if (!result.gone) return
    expect(result.listing).toEqual({ id: ids[name], title: expect.any(String), offerType: 'ausbildung', companyName: 'Harzer Anlagenbau GmbH', placeName: 'Goslar' })
    const similarIds = result.similar.map((s) => s.id)
    expect(similarIds).toContain(ids.open)
    expect(similarIds.indexOf(ids.similarNear)).toBeLessThan(similarIds.indexOf(ids.similarFar))
    expect(similarIds).not.toContain(ids[name])
    for (const gone of ['draft', 'closed', 'expired', 'pastExpiry']) expect(similarIds).not.toContain(ids[gone])
    expect(similarIds.length).toBeLessThanOrEqual(6)
  })
})

describe('distanceFromSearchedPlace', () => {
  it('measures from the searched place across a state line', async () => {
    const result = await getPublicListing(ids.similarFar)
    if (result.gone) throw new Error('expected open')
    const distance = await distanceFromSearchedPlace('Goslar', result.listing.place)
    expect(distance?.from).toBe('Goslar')
    expect(distance!.km).toBeGreaterThan(40)
    expect(distance!.km).toBeLessThan(80)
  })

  it('gives nothing for an unknown place', async () => {
    expect(await distanceFromSearchedPlace('Atlantis', { lat: 51.9, lng: 10.4 })).toBeNull()
    expect(await distanceFromSearchedPlace('', { lat: 51.9, lng: 10.4 })).toBeNull()
  })
})
