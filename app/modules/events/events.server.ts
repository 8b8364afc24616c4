import { and, asc, count, eq, gte, type SQL } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { events, organizations, places, type Place } from '../../../db/schema'
import { NotFound } from '~/utils/errors'
import { renderMarkdown } from '../listings/markdown.server'
import { placeColumns } from '../reference/place-columns.server'
import { isUuid } from './events.schema'
import type { EventKind } from '../../../values/chambers'

export const EVENTS_PAGE_SIZE = 30

export type EventPlace = Pick<Place, 'name' | 'postalCode' | 'district' | 'districtCode' | 'state' | 'lat' | 'lng'>

export interface EventOrganizer {
  name: string
  slug: string
  kind: 'company' | 'chamber'
  /** The organiser's public page: its chamber or company page. */
  path: string
  website: string | null
}

/** An event as lists show it. */
export interface EventSummary {
  id: string
  path: string
  kind: EventKind
  title: string
  venue: string
  startsAt: string
  endsAt: string
  place: EventPlace
  organizer: EventOrganizer
}

export interface EventDetail extends EventSummary {
  description: string
  descriptionHtml: string
  url: string | null
  updatedAt: string
}

export const eventPath = (id: string) => `/events/${id}`
export const organizerPath = (kind: 'company' | 'chamber', slug: string) => `/${kind === 'chamber' ? 'chambers' : 'companies'}/${encodeURIComponent(slug)}`

const summaryColumns = {
  id: events.id,
  kind: events.kind,
  title: events.title,
  venue: events.venue,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  place: placeColumns,
  organizerName: organizations.name,
  organizerSlug: organizations.slug,
  organizerKind: organizations.kind,
  organizerWebsite: organizations.website,
}

interface SummaryRow {
  id: string
  kind: EventKind
  title: string
  venue: string
  startsAt: Date
  endsAt: Date
  place: EventPlace
  organizerName: string
  organizerSlug: string
  organizerKind: 'company' | 'chamber'
  organizerWebsite: string | null
}

function toSummary(row: SummaryRow): EventSummary {
  return {
    id: row.id,
    path: eventPath(row.id),
    kind: row.kind,
    title: row.title,
    venue: row.venue,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    organizer: {
      name: row.organizerName,
      slug: row.organizerSlug,
      kind: row.organizerKind,
      path: organizerPath(row.organizerKind, row.organizerSlug),
      website: row.organizerWebsite,
    },
  }
}

export interface EventFilter {
  kind?: EventKind | null
  districtCode?: string | null
  organizationId?: string
}

/** An event drops off once it has ended; one that is running still shows. */
function upcomingWhere(filter: EventFilter, now: Date): SQL {
  return and(
    gte(events.endsAt, now),
    filter.kind ? eq(events.kind, filter.kind) : undefined,
    filter.districtCode ? eq(places.districtCode, filter.districtCode) : undefined,
    filter.organizationId ? eq(events.organizationId, filter.organizationId) : undefined,
  )!
}

/** Events that have not ended, soonest first, `EVENTS_PAGE_SIZE` a page, with the total. */
export async function listUpcomingEvents(
  filter: EventFilter,
  opts: { page?: number; limit?: number; now?: Date } = {},
  db: Database = getDb(),
): Promise<{ total: number; items: EventSummary[] }> {
  const where = upcomingWhere(filter, opts.now ?? new Date())
  const limit = opts.limit ?? EVENTS_PAGE_SIZE
  const page = Math.max(1, Math.floor(opts.page ?? 1))
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(events).innerJoin(places, eq(places.id, events.placeId)).where(where),
    db
      .select(summaryColumns)
      .from(events)
      .innerJoin(places, eq(places.id, events.placeId))
      .innerJoin(organizations, eq(organizations.id, events.organizationId))
      .where(where)
      .orderBy(asc(events.startsAt), asc(events.title), asc(events.id))
      .limit(limit)
      .offset((page - 1) * limit),
  ])
  return { total, items: rows.map(toSummary) }
}

/**
 * One event for its public page. A past event is still found (its page answers 410 with a note);
 * an unknown id is NotFound.
 */
export async function getPublicEvent(id: string, opts: { now?: Date } = {}, db: Database = getDb()): Promise<{ event: EventDetail; isPast: boolean }> {
  if (!isUuid(id)) throw new NotFound('event')
  const [row] = await db
    .select({ ...summaryColumns, description: events.description, url: events.url, updatedAt: events.updatedAt })
    .from(events)
    .innerJoin(places, eq(places.id, events.placeId))
    .innerJoin(organizations, eq(organizations.id, events.organizationId))
    .where(eq(events.id, id))
  if (!row) throw new NotFound('event')
  const event: EventDetail = {
    ...toSummary(row),
    description: row.description,
    descriptionHtml: renderMarkdown(row.description),
    url: row.url,
    updatedAt: row.updatedAt.toISOString(),
  }
  return { event, isPast: row.endsAt.getTime() < (opts.now ?? new Date()).getTime() }
}

/** Venue, postal code and place on one line, as a calendar or a map wants it. */
export function eventLocation(event: Pick<EventSummary, 'venue' | 'place'>): string {
  const town = `${event.place.postalCode} ${event.place.name}`
  return event.venue ? `${event.venue}, ${town}` : town
}
