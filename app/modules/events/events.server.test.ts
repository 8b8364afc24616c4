import { beforeAll, describe, expect, it } from 'vitest'
import { seedOrganization, pickPlace } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { NotFound } from '~/utils/errors'
import { seedEvent } from './events.test-helper'
import { getPublicEvent, listUpcomingEvents } from './events.server'

const ctx = setupAppDatabase()
const ids: Record<string, string> = {}

beforeAll(async () => {
  const { db } = ctx
  const goslar = await pickPlace(db, { name: 'Goslar' })
  const nordhausen = await pickPlace(db, { name: 'Nordhausen' })
  const chamber = await seedOrganization(db, { kind: 'chamber', name: 'Kreishandwerkerschaft Test' })
  const company = await seedOrganization(db, { name: 'Tischlerei Test GmbH' })
  ids.chamber = chamber.id
  ids.fair = (await seedEvent(db, chamber.id, { title: 'Börse Goslar', kind: 'job_fair', inHours: 72, placeId: goslar.id })).id
  ids.openDay = (await seedEvent(db, company.id, { title: 'Offene Werkstatt', kind: 'open_day', inHours: 24, placeId: nordhausen.id })).id
  ids.running = (await seedEvent(db, chamber.id, { title: 'Läuft gerade', kind: 'info_evening', inHours: -1, hours: 3, placeId: goslar.id })).id
  ids.past = (await seedEvent(db, chamber.id, { title: 'Schon vorbei', inHours: -30, hours: 4, placeId: goslar.id })).id
})

describe('upcoming events', () => {
  it('lists events that have not ended, soonest first, with place and organiser, and drops past ones', async () => {
    const { items, total } = await listUpcomingEvents({})
    expect(items.map((e) => e.title)).toEqual(['Läuft gerade', 'Offene Werkstatt', 'Börse Goslar'])
    expect(total).toBe(3)
    const openDay = items.find((e) => e.id === ids.openDay)!
    expect(openDay).toMatchObject({ path: `/events/${ids.openDay}`, place: { name: 'Nordhausen', districtCode: '16062' }, organizer: { name: 'Tischlerei Test GmbH', kind: 'company' } })
    expect(openDay.organizer.path).toMatch(/^\/companies\//)
    expect(items.find((e) => e.id === ids.fair)!.organizer.path).toMatch(/^\/chambers\//)
  })

  it('filters by kind, by district and by organiser', async () => {
    expect((await listUpcomingEvents({ kind: 'open_day' })).items.map((e) => e.id)).toEqual([ids.openDay])
    expect((await listUpcomingEvents({ districtCode: '03153' })).items.map((e) => e.id)).toEqual([ids.running, ids.fair])
    expect((await listUpcomingEvents({ organizationId: ids.chamber })).items.map((e) => e.id)).toEqual([ids.running, ids.fair])
  })

  it('pages through the list', async () => {
    const second = await listUpcomingEvents({}, { page: 2, limit: 2 })
    expect(second).toMatchObject({ total: 3, items: [{ id: ids.fair }] })
  })
})

describe('one event', () => {
  it('finds an upcoming event with its rendered description', async () => {
    const { event, isPast } = await getPublicEvent(ids.fair)
    expect(isPast).toBe(false)
    expect(event).toMatchObject({ title: 'Börse Goslar', place: { name: 'Goslar', postalCode: '38640' } })
  })

  it('still finds a past event, marked as past', async () => {
    expect((await getPublicEvent(ids.past)).isPast).toBe(true)
  })

  it('knows no event by an unknown or malformed id', async () => {
    await expect(getPublicEvent('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFound)
    await expect(getPublicEvent('123; drop table events')).rejects.toBeInstanceOf(NotFound)
  })
})
