import { count, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { events } from '../../../db/schema'
import { seedOrganization } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { Invalid, NotFound } from '~/utils/errors'
import { toBerlinLocal } from '~/utils/berlin-time'
import { checkEventForm } from './events.schema'
import { seedEvent } from './events.test-helper'
import { createEvent, deleteEvent, getEventFormValues, listEventsOfOrganization, updateEvent } from './manage-events.server'

const ctx = setupAppDatabase()
const ids: Record<string, string> = {}
const DAY = 86_400_000
const inDays = (days: number, hour = 10) => {
  const local = toBerlinLocal(new Date(Date.now() + days * DAY))
  return `${local.slice(0, 10)}T${String(hour).padStart(2, '0')}:00`
}

const valid = () => ({
  kind: 'open_day',
  title: 'Tag der offenen Werkstatt',
  description: 'Wir zeigen **unsere Werkstatt**.',
  place: '38640 Goslar',
  venue: 'Marktstraße 1',
  startsAt: inDays(10, 10),
  endsAt: inDays(10, 15),
  url: 'www.kammer.example/tag',
})

async function eventCount() {
  const [{ n }] = await ctx.db.select({ n: count() }).from(events)
  return n
}

async function invalidFields(run: () => Promise<unknown>) {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(Invalid)
  return (error as Invalid).fieldErrors
}

beforeAll(async () => {
  const { db } = ctx
  ids.chamberA = (await seedOrganization(db, { kind: 'chamber' })).id
  ids.chamberB = (await seedOrganization(db, { kind: 'chamber' })).id
  ids.staffA = (await seedUser(db, { role: 'chamber', memberOf: { organizationId: ids.chamberA, role: 'counsellor' } })).id
  ids.eventOfA = (await seedEvent(db, ids.chamberA, { title: 'Börse der Kammer A' })).id
})

describe('creating an event', () => {
  it('stores a valid event with the place from the gazetteer, German times and an https URL', async () => {
    const id = await createEvent({ organizationId: ids.chamberA, userId: ids.staffA, input: checkEventForm(valid()) })
    const [row] = await ctx.db.select().from(events).where(eq(events.id, id))
    expect(row).toMatchObject({ organizationId: ids.chamberA, createdBy: ids.staffA, kind: 'open_day', title: 'Tag der offenen Werkstatt', venue: 'Marktstraße 1', url: 'https://www.kammer.example/tag' })
    expect(toBerlinLocal(row.startsAt)).toBe(valid().startsAt)
    const values = await getEventFormValues({ organizationId: ids.chamberA, eventId: id })
    expect(values).toMatchObject({ place: '38640 Goslar', startsAt: valid().startsAt, endsAt: valid().endsAt })
  })

  it('reports every bad field at once and saves nothing', async () => {
    const before = await eventCount()
    const errors = await invalidFields(() =>
      createEvent({
        organizationId: ids.chamberA,
        userId: ids.staffA,
        input: checkEventForm({ kind: 'party', title: 'x'.repeat(121), description: 'y'.repeat(5001), place: '', startsAt: '2026-02-30T10:00', endsAt: '', url: 'javascript:alert(1)' }),
      }),
    )
    expect(errors).toEqual({
      kind: 'events.form.kind.required',
      title: 'events.form.title.tooLong',
      description: 'events.form.description.tooLong',
      place: 'events.form.place.required',
      startsAt: 'events.form.time.invalid',
      endsAt: 'events.form.endsAt.required',
      url: 'events.form.url.invalid',
    })
    expect(await eventCount()).toBe(before)
  })

  it('refuses an end before the start, an end in the past, an unknown place and a non-web URL', async () => {
    const before = await eventCount()
    const create = (raw: Record<string, string>) => invalidFields(() => createEvent({ organizationId: ids.chamberA, userId: ids.staffA, input: checkEventForm({ ...valid(), ...raw }) }))
    expect(await create({ endsAt: inDays(10, 9) })).toEqual({ endsAt: 'events.form.endsAt.beforeStart' })
    expect(await create({ startsAt: inDays(-3, 10), endsAt: inDays(-3, 12) })).toEqual({ endsAt: 'events.form.endsAt.past' })
    expect(await create({ place: '38640 Atlantis' })).toEqual({ place: 'employer.place.unknown' })
    expect(await create({ url: 'ftp://kammer.example/datei' })).toEqual({ url: 'events.form.url.invalid' })
    // The order of the times is checked even when another field failed.
    expect(await create({ title: '', endsAt: inDays(10, 9) })).toEqual({ title: 'form.required', endsAt: 'events.form.endsAt.beforeStart' })
    expect(await eventCount()).toBe(before)
  })
})

describe('changing an event', () => {
  it('lets the organiser edit and delete its own event', async () => {
    const id = await createEvent({ organizationId: ids.chamberA, userId: ids.staffA, input: checkEventForm(valid()) })
    await updateEvent({ organizationId: ids.chamberA, eventId: id, input: checkEventForm({ ...valid(), title: 'Neuer Titel', kind: 'info_evening' }) })
    expect((await listEventsOfOrganization(ids.chamberA)).find((e) => e.id === id)).toMatchObject({ title: 'Neuer Titel', kind: 'info_evening', isPast: false })
    await deleteEvent({ organizationId: ids.chamberA, eventId: id })
    expect((await listEventsOfOrganization(ids.chamberA)).some((e) => e.id === id)).toBe(false)
  })

  it('keeps an invalid edit from changing anything', async () => {
    await invalidFields(() => updateEvent({ organizationId: ids.chamberA, eventId: ids.eventOfA, input: checkEventForm({ ...valid(), title: '' }) }))
    const [row] = await ctx.db.select({ title: events.title }).from(events).where(eq(events.id, ids.eventOfA))
    expect(row.title).toBe('Börse der Kammer A')
  })

  it('answers another chamber as if the event did not exist, whatever it sends', async () => {
    const other = { organizationId: ids.chamberB, eventId: ids.eventOfA }
    await expect(getEventFormValues(other)).rejects.toBeInstanceOf(NotFound)
    await expect(updateEvent({ ...other, input: checkEventForm(valid()) })).rejects.toBeInstanceOf(NotFound)
    await expect(updateEvent({ ...other, input: checkEventForm({ title: '' }) })).rejects.toBeInstanceOf(NotFound)
    await expect(deleteEvent(other)).rejects.toBeInstanceOf(NotFound)
    expect(await listEventsOfOrganization(ids.chamberB)).toEqual([])
    const [row] = await ctx.db.select({ title: events.title }).from(events).where(eq(events.id, ids.eventOfA))
    expect(row.title).toBe('Börse der Kammer A')
  })

  it('treats a malformed id as not found', async () => {
    await expect(deleteEvent({ organizationId: ids.chamberA, eventId: 'nope' })).rejects.toBeInstanceOf(NotFound)
  })
})
