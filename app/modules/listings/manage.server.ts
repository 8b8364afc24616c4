import { and, count, desc, eq } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { listings, occupations, organizations, places, type Listing } from '../../../db/schema'
import { Invalid } from '~/utils/errors'
import { enqueueListingSync } from '../search/outbox-store.server'
import { berlinToday } from '~/utils/calendar-date'
import type { ListingSubmission } from './listing-form.schema'
import { checkListingInput, listingColumns, occupationDefaults, toFormValues, type DateRules } from './listing-input.server'
import { assertLiftable, assertPublishable, findOwnListing, lockOwnListing, publishedColumns, type Actor, type ListingScope } from './listing-rules.server'
import type { OccupationOption } from './occupations.server'
import { getPlaceChoice, placeLabel } from './place-input.server'
import { assertMayPublish, holdIfRisky } from '../risk/risk-hold.server'
import { LISTING_STATUSES, type ListingStatus } from '../../../values/listings'


export interface CompanyListingRow {
  id: number
  title: string
  offerType: Listing['offerType']
  status: ListingStatus
  closedReason: string | null
  placeName: string
  publishedAt: string | null
  expiresAt: string | null
  updatedAt: string
}

/** The company's listings, newest change first, optionally of one status, with the count per status. */
export async function listCompanyListings(opts: { organizationId: string; status?: ListingStatus }) {
  const db = getDb()
  const own = eq(listings.organizationId, opts.organizationId)
  const rows = await db
    .select({
      id: listings.id,
      title: listings.title,
      offerType: listings.offerType,
      status: listings.status,
      closedReason: listings.closedReason,
      placeName: places.name,
      publishedAt: listings.publishedAt,
      expiresAt: listings.expiresAt,
      updatedAt: listings.updatedAt,
    })
    .from(listings)
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(and(own, opts.status ? eq(listings.status, opts.status) : undefined))
    .orderBy(desc(listings.updatedAt), desc(listings.id))
  const grouped = await db.select({ status: listings.status, n: count() }).from(listings).where(own).groupBy(listings.status)
  const counts = Object.fromEntries(LISTING_STATUSES.map((s) => [s, 0])) as Record<ListingStatus, number>
  for (const g of grouped) counts[g.status] = Number(g.n)
  const items: CompanyListingRow[] = rows.map((r) => ({
    ...r,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  }))
  return { items, counts }
}

/** One of the company's listings, with its form values; 404 for anyone else's. */
export async function getCompanyListing(scope: ListingScope) {
  const db = getDb()
  const listing = await findOwnListing(db, scope)
  const [occupation] = await db
    .select({ id: occupations.id, name: occupations.name, kind: occupations.kind, durationMonths: occupations.durationMonths })
    .from(occupations)
    .where(eq(occupations.id, listing.occupationId))
  return {
    id: listing.id,
    status: listing.status,
    closedReason: listing.closedReason,
    publishedAt: listing.publishedAt?.toISOString() ?? null,
    expiresAt: listing.expiresAt?.toISOString() ?? null,
    updatedAt: listing.updatedAt.toISOString(),
    occupation,
    values: toFormValues(listing, await getPlaceChoice(listing.placeId, db)),
  }
}

/** What a new listing's form starts with: the picked occupation's title and duration, the company's place. */
export async function newListingValues(opts: { organizationId: string; offerType: string; occupation: OccupationOption }) {
  const [company] = await getDb().select({ placeId: organizations.placeId }).from(organizations).where(eq(organizations.id, opts.organizationId))
  const place = await getPlaceChoice(company?.placeId ?? null)
  return {
    offerType: opts.offerType,
    occupationId: String(opts.occupation.id),
    ...occupationDefaults(opts.occupation, opts.offerType),
    place: place ? placeLabel(place) : '',
    workingTime: 'vollzeit',
    placesCount: '1',
    payPeriod: 'month',
    minCertificate: 'none',
    minGerman: 'none',
  }
}

interface SaveOptions {
  actor: Actor
  input: ListingSubmission
  /** Publish in the same transaction: all or nothing. */
  publish?: boolean
  confirmFairWording?: boolean
  now?: Date
}

/** A new listing from the form: a draft, or published right away. Returns its id. */
export async function createListing(opts: SaveOptions & { organizationId: string }): Promise<number> {
  const now = opts.now ?? new Date()
  const db = getDb()
  const checked = await checkListingInput(db, opts.input, { today: berlinToday(now) })
  if (opts.publish) assertPublishable(opts.actor, checked.input, Boolean(opts.confirmFairWording))
  return db.transaction(async (tx) => {
    if (opts.publish) await assertMayPublish(tx, opts.organizationId)
    const [row] = await tx
      .insert(listings)
      .values({
        ...listingColumns(checked),
        organizationId: opts.organizationId,
        status: 'draft',
        createdAt: now,
        updatedAt: now,
        ...(opts.publish ? publishedColumns(now, checked.input.applicationDeadline, null) : {}),
      })
      .returning({ id: listings.id })
    if (opts.publish) {
      await holdIfRisky(tx, row.id, now)
      await enqueueListingSync(tx, [row.id])
    }
    return row.id
  })
}

/**
 * Saves the form over one of the company's listings. Edits of a published listing go live at once,
 * so they pass the same fair-wording check as publishing. Closed listings stay as they were closed.
 */
export async function updateListing(opts: SaveOptions & ListingScope): Promise<void> {
  const now = opts.now ?? new Date()
  const db = getDb()
  // Ownership first: someone else's listing is a 404 before any field error could tell it apart.
  const current = await findOwnListing(db, opts)
  if (current.status === 'closed') throw new Invalid({}, 'employer.listing.closedReadOnly')
  const rules: DateRules = opts.publish
    ? { today: berlinToday(now) }
    : { today: berlinToday(now), keep: { startDate: current.startDate, applicationDeadline: current.applicationDeadline } }
  const checked = await checkListingInput(db, opts.input, rules)
  const goesLive = opts.publish || current.status === 'published'
  if (goesLive) assertPublishable(opts.actor, checked.input, Boolean(opts.confirmFairWording))
  await db.transaction(async (tx) => {
    const locked = await lockOwnListing(tx, opts)
    if (locked.status === 'closed') throw new Invalid({}, 'employer.listing.closedReadOnly')
    if (opts.publish) await assertLiftable(tx, locked)
    const lifecycle = opts.publish && locked.status !== 'published' ? publishedColumns(now, checked.input.applicationDeadline, locked.publishedAt) : {}
    await tx
      .update(listings)
      .set({ ...listingColumns(checked), updatedAt: now, ...lifecycle })
      .where(and(eq(listings.id, locked.id), eq(listings.organizationId, opts.organizationId)))
    if (goesLive) {
      if ('status' in lifecycle || locked.status === 'published') await holdIfRisky(tx, locked.id, now)
      await enqueueListingSync(tx, [locked.id])
    }
  })
}

/** A new draft with the same content; dates and lifecycle start over. Returns the new id. */
export async function duplicateListing(scope: ListingScope & { now?: Date }): Promise<number> {
  const now = scope.now ?? new Date()
  return getDb().transaction(async (tx) => {
    const { id: _id, status: _s, publishedAt: _p, expiresAt: _e, closedReason: _c, expiryReminderSentAt: _r, createdAt: _ca, updatedAt: _u, ...content } =
      await lockOwnListing(tx, scope)
    const [row] = await tx
      .insert(listings)
      .values({ ...content, status: 'draft', createdAt: now, updatedAt: now })
      .returning({ id: listings.id })
    return row.id
  })
}
