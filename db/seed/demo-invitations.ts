import { randomBytes } from 'node:crypto'
import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { invitations, listings, occupations, organizationMembers, places, seekerProfiles, users } from '../schema'
import { DEMO_CANDIDATES, type DemoCandidate } from './demo-candidates'
import { DEMO_SEEKER_EMAIL } from './demo-seeker'
import { seedUser } from './users'

const DEMO_OWNER_EMAIL = 'employer@example.org'
const DAY = 86_400_000

async function userIdOf(db: Database, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email))
  return row?.id
}

function monthsAhead(now: Date, months: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1)).toISOString().slice(0, 10)
}

/** The candidate's account (created once) and findable profile (kept as it is when present). */
async function ensureCandidate(db: Database, candidate: DemoCandidate, now: Date): Promise<string> {
  const id =
    (await userIdOf(db, candidate.email)) ??
    (await seedUser(db, { email: candidate.email, name: candidate.name, role: 'seeker', lang: candidate.lang, password: randomBytes(24).toString('hex') })).id
  const [home] = await db
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.postalCode, candidate.home.postalCode), eq(places.name, candidate.home.name)))
    .orderBy(asc(places.id))
    .limit(1)
  const wished = await db.select({ id: occupations.id, slug: occupations.slug }).from(occupations).where(inArray(occupations.slug, candidate.wished))
  await db
    .insert(seekerProfiles)
    .values({
      userId: id,
      ...candidate.profile,
      homePlaceId: home?.id ?? null,
      wishedOccupationIds: candidate.wished.flatMap((slug) => wished.find((o) => o.slug === slug)?.id ?? []),
      availableFrom: candidate.availableInMonths === null ? null : monthsAhead(now, candidate.availableInMonths),
      isFindable: true,
    })
    .onConflictDoNothing()
  return id
}

/** Open listings of the company, those in the seeker's wished occupations first, then training places. */
async function openListingsFor(db: Database, organizationId: string, wishedIds: number[], now: Date) {
  const wishedFirst = wishedIds.length ? [sql`${inArray(listings.occupationId, wishedIds)} desc`] : []
  return db
    .select({ id: listings.id })
    .from(listings)
    .where(and(eq(listings.organizationId, organizationId), eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, now))))
    .orderBy(...wishedFirst, sql`${listings.offerType} = 'ausbildung' desc`, asc(listings.id))
}

/** One invitation, unless the company has invited the person before: whatever they answered stays as it is. */
async function inviteOnce(db: Database, values: typeof invitations.$inferInsert): Promise<number> {
  const [existing] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.organizationId, values.organizationId), eq(invitations.seekerId, values.seekerId)))
    .limit(1)
  if (existing) return 0
  const inserted = await db.insert(invitations).values(values).onConflictDoNothing().returning({ id: invitations.id })
  return inserted.length
}

/**
 * Findable demo candidates around the Harz; an open invitation from the demo owner's company to
 * the demo seeker, and one that a demo candidate accepted, so both sides have something to show.
 * Idempotent: existing candidates are kept, and no invitation is added where the company has
 * invited the person before. Needs the demo companies, accounts and the demo seeker.
 */
export async function seedDemoInvitations(db: Database, opts: { now?: Date } = {}): Promise<{ created: number }> {
  const now = opts.now ?? new Date()
  const candidateIds: string[] = []
  for (const candidate of DEMO_CANDIDATES) candidateIds.push(await ensureCandidate(db, candidate, now))

  const ownerId = await userIdOf(db, DEMO_OWNER_EMAIL)
  const seekerId = await userIdOf(db, DEMO_SEEKER_EMAIL)
  if (!ownerId || !seekerId) return { created: 0 }
  const [membership] = await db.select({ organizationId: organizationMembers.organizationId }).from(organizationMembers).where(eq(organizationMembers.userId, ownerId))
  const [profile] = await db.select({ wished: seekerProfiles.wishedOccupationIds }).from(seekerProfiles).where(eq(seekerProfiles.userId, seekerId))
  if (!membership) return { created: 0 }
  const organizationId = membership.organizationId
  const open = await openListingsFor(db, organizationId, profile?.wished ?? [], now)
  if (open.length === 0) return { created: 0 }

  let created = await inviteOnce(db, {
    organizationId,
    listingId: open[0].id,
    seekerId,
    invitedBy: ownerId,
    message: 'Guten Tag, Ihr Profil hat uns angesprochen. Wir würden uns sehr über Ihre Bewerbung freuen – gern auch mit einem Probetag vorab.',
    createdAt: new Date(now.getTime() - 2 * DAY),
  })
  const accepted = open[1] ?? open[0]
  created += await inviteOnce(db, {
    organizationId,
    listingId: accepted.id,
    seekerId: candidateIds[0],
    invitedBy: ownerId,
    message: 'Hallo, wir suchen Verstärkung in der Werkstatt und würden Sie gern kennenlernen.',
    status: 'accepted',
    createdAt: new Date(now.getTime() - 6 * DAY),
    answeredAt: new Date(now.getTime() - 4 * DAY),
  })
  return { created }
}
