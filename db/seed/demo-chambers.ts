import { and, asc, eq, inArray, like } from 'drizzle-orm'
import type { Database } from '../client'
import { chamberCampaigns, events, organizations, places } from '../schema'
import { DEMO_CAMPAIGNS, DEMO_CHAMBERS, DEMO_EVENTS, type DemoEvent } from './catalog/chamber-work'
import { DEMO_SLUG_PREFIX } from './catalog/names'

const DAY = 86_400_000
// What the first demo chambers were created with, before they had a description of their own.
const OLD_PLACEHOLDER = 'Fiktive Kammer für die Demo von Passgenau.'

async function placeId(db: Database, postalCode: string, name: string): Promise<number | undefined> {
  const [place] = await db
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.postalCode, postalCode), eq(places.name, name)))
    .orderBy(asc(places.id))
    .limit(1)
  return place?.id
}

/**
 * The demo chambers, at least one in every Harz district. `chamber@example.org` works at the first by
 * slug, so keep the Handwerkskammer first. A chamber left with the old placeholder text gets its
 * description, seat and website; anything else is left as it is.
 */
export async function ensureDemoChambers(db: Database) {
  for (const chamber of DEMO_CHAMBERS) {
    const values = {
      description: chamber.description,
      placeId: await placeId(db, chamber.postalCode, chamber.placeName),
      website: chamber.website,
    }
    await db
      .insert(organizations)
      .values({ kind: 'chamber', name: chamber.name, slug: chamber.slug, sector: 'crafts', ...values })
      .onConflictDoUpdate({ target: organizations.slug, set: values, setWhere: eq(organizations.description, OLD_PLACEHOLDER) })
  }
}

/** "2026-05-01" and "10:00" in Germany → the instant, with that day's offset (CET or CEST). */
function germanTime(day: string, time: string): Date {
  const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')!
    .value.replace('GMT', '')
  return new Date(`${day}T${time}:00${offset || '+00:00'}`)
}

const germanDay = (now: Date, days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(now.getTime() + days * DAY))

/** Who organises a demo event: a chamber by slug, or one of the first demo companies (with its seat). */
async function organizersOf(db: Database) {
  const chambers = await db
    .select({ id: organizations.id, slug: organizations.slug, placeId: organizations.placeId })
    .from(organizations)
    .where(inArray(organizations.slug, DEMO_CHAMBERS.map((c) => c.slug)))
  const companies = await db
    .select({ id: organizations.id, slug: organizations.slug, placeId: organizations.placeId })
    .from(organizations)
    .where(and(eq(organizations.kind, 'company'), like(organizations.slug, `${DEMO_SLUG_PREFIX}%`)))
    .orderBy(asc(organizations.slug))
    .limit(2)
  const bySlug = new Map(chambers.map((c) => [c.slug, c]))
  return (key: string) => (key.startsWith('company:') ? companies[Number(key.slice('company:'.length))] : bySlug.get(key))
}

async function eventRow(db: Database, event: DemoEvent, organizer: { id: string; placeId: number | null }, now: Date) {
  const place = event.postalCode ? await placeId(db, event.postalCode, event.placeName) : organizer.placeId
  if (place == null) return null
  const day = germanDay(now, event.inDays)
  const { organizer: _key, postalCode: _code, placeName: _name, inDays: _days, from, to, ...rest } = event
  return { ...rest, organizationId: organizer.id, placeId: place, startsAt: germanTime(day, from), endsAt: germanTime(day, to) }
}

/**
 * Campaigns and events of the demo chambers (and two demo companies), dated relative to `now`.
 * Idempotent: what an organisation already has under the same title is left alone.
 */
export async function seedDemoChamberWork(db: Database, opts: { now?: Date } = {}): Promise<void> {
  const now = opts.now ?? new Date()
  const organizerOf = await organizersOf(db)
  const [haveCampaigns, haveEvents] = await Promise.all([
    db.select({ organizationId: chamberCampaigns.chamberId, title: chamberCampaigns.title }).from(chamberCampaigns),
    db.select({ organizationId: events.organizationId, title: events.title }).from(events),
  ])
  const key = (organizationId: string, title: string) => `${organizationId}\u0000${title}`
  const campaignKeys = new Set(haveCampaigns.map((c) => key(c.organizationId, c.title)))
  const eventKeys = new Set(haveEvents.map((e) => key(e.organizationId, e.title)))

  const campaigns = DEMO_CAMPAIGNS.flatMap((c) => {
    const chamber = organizerOf(c.chamberSlug)
    if (!chamber || campaignKeys.has(key(chamber.id, c.title))) return []
    return [{ chamberId: chamber.id, title: c.title, description: c.description, startsOn: germanDay(now, c.fromDays), endsOn: germanDay(now, c.toDays) }]
  })
  const rows: Array<typeof events.$inferInsert> = []
  for (const event of DEMO_EVENTS) {
    const organizer = organizerOf(event.organizer)
    if (!organizer || eventKeys.has(key(organizer.id, event.title))) continue
    const row = await eventRow(db, event, organizer, now)
    if (row) rows.push(row)
  }
  await db.transaction(async (tx) => {
    if (campaigns.length) await tx.insert(chamberCampaigns).values(campaigns)
    if (rows.length) await tx.insert(events).values(rows)
  })
}
