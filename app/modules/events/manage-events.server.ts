import { and, desc, eq } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { events, places } from '../../../db/schema'
import { Invalid, NotFound, type FieldErrors } from '~/utils/errors'
import { placeLabel, resolvePlaceInput } from '../listings/place-input.server'
import { toBerlinLocal } from '~/utils/berlin-time'
import { isUuid, type CheckedEvent, type EventInput } from './events.schema'
import { eventPath } from './events.server'
import type { EventKind } from '../../../values/chambers'

/*
 * Chambers and companies manage their own events. The organisation comes from the signed-in
 * person's membership, and every statement carries it in its WHERE clause: another organisation's
 * event is not found, exactly like one that does not exist.
 */

export interface ManagedEvent {
  id: string
  path: string
  kind: EventKind
  title: string
  placeName: string
  startsAt: string
  endsAt: string
  isPast: boolean
}

export type EventFormValues = Record<'kind' | 'title' | 'description' | 'place' | 'venue' | 'startsAt' | 'endsAt' | 'url', string>

/** All events of the organisation, the latest start first. */
export async function listEventsOfOrganization(organizationId: string, opts: { now?: Date } = {}, db: Database = getDb()): Promise<ManagedEvent[]> {
  const now = opts.now ?? new Date()
  const rows = await db
    .select({ id: events.id, kind: events.kind, title: events.title, placeName: places.name, startsAt: events.startsAt, endsAt: events.endsAt })
    .from(events)
    .innerJoin(places, eq(places.id, events.placeId))
    .where(eq(events.organizationId, organizationId))
    .orderBy(desc(events.startsAt), desc(events.id))
  return rows.map((r) => ({
    ...r,
    path: eventPath(r.id),
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    isPast: r.endsAt.getTime() < now.getTime(),
  }))
}

/** A stored event as form values, times as German wall-clock times for datetime-local fields. */
export async function getEventFormValues(ids: { organizationId: string; eventId: string }, db: Database = getDb()): Promise<EventFormValues> {
  if (!isUuid(ids.eventId)) throw new NotFound('event')
  const [row] = await db
    .select({ event: events, postalCode: places.postalCode, placeName: places.name })
    .from(events)
    .innerJoin(places, eq(places.id, events.placeId))
    .where(and(eq(events.id, ids.eventId), eq(events.organizationId, ids.organizationId)))
  if (!row) throw new NotFound('event')
  const { event } = row
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    place: placeLabel({ postalCode: row.postalCode, name: row.placeName }),
    venue: event.venue,
    startsAt: toBerlinLocal(event.startsAt),
    endsAt: toBerlinLocal(event.endsAt),
    url: event.url ?? '',
  }
}

/** Resolves the place of the checked form in the gazetteer; every problem is reported at once. */
export async function checkEventInput(form: CheckedEvent, db: Database): Promise<EventInput & { placeId: number }> {
  const checked = form.fields
  const errors: FieldErrors = checked.ok ? {} : { ...checked.errors }
  let placeId: number | null = null
  if (form.place !== null) {
    placeId = (await resolvePlaceInput(form.place, db))?.id ?? null
    if (placeId === null) errors.place = 'employer.place.unknown'
  }
  if (!checked.ok || placeId === null || Object.keys(errors).length) throw new Invalid(errors, 'form.errorSummary')
  return { ...checked.data, placeId }
}

function columns(input: EventInput & { placeId: number }) {
  const { place: _typed, ...rest } = input
  return rest
}

export async function createEvent(
  args: { organizationId: string; userId: string; input: CheckedEvent },
  db: Database = getDb(),
): Promise<string> {
  const input = await checkEventInput(args.input, db)
  const [row] = await db
    .insert(events)
    .values({ ...columns(input), organizationId: args.organizationId, createdBy: args.userId })
    .returning({ id: events.id })
  return row.id
}

/** Ownership is checked before the input, so another organisation learns nothing from error messages. */
export async function updateEvent(args: { organizationId: string; eventId: string; input: CheckedEvent }, db: Database = getDb()): Promise<void> {
  if (!isUuid(args.eventId)) throw new NotFound('event')
  const owned = and(eq(events.id, args.eventId), eq(events.organizationId, args.organizationId))
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ id: events.id }).from(events).where(owned).for('update')
    if (!row) throw new NotFound('event')
    const input = await checkEventInput(args.input, tx)
    await tx
      .update(events)
      .set({ ...columns(input), updatedAt: new Date() })
      .where(owned)
  })
}

export async function deleteEvent(args: { organizationId: string; eventId: string }, db: Database = getDb()): Promise<void> {
  if (!isUuid(args.eventId)) throw new NotFound('event')
  const deleted = await db
    .delete(events)
    .where(and(eq(events.id, args.eventId), eq(events.organizationId, args.organizationId)))
    .returning({ id: events.id })
  if (deleted.length === 0) throw new NotFound('event')
}
