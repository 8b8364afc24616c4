import { and, eq } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { applications, candidateReferrals, chamberMemberships, places, seekerProfiles, type NewSeekerProfile } from '../../../db/schema'
import { seedListing, seedOrganization, pickPlace } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import type { MembershipStatus, ReferralStatus } from '../../../values/chambers'

/** A seeker with a saved profile; findable unless told otherwise, at home in `home` (a place name or id). */
export async function createCandidate(
  db: Database,
  opts: { name?: string; email?: string; lang?: 'de' | 'en'; home?: string | number | null; profile?: Partial<Omit<NewSeekerProfile, 'userId'>> } = {},
) {
  const user = await seedUser(db, { role: 'seeker', name: opts.name ?? 'Greta Gansauge', lang: opts.lang ?? 'de', ...(opts.email ? { email: opts.email } : {}) })
  const homePlaceId = opts.home === null ? null : typeof opts.home === 'number' ? opts.home : (await pickPlace(db, { name: opts.home ?? 'Goslar' })).id
  await db.insert(seekerProfiles).values({ userId: user.id, homePlaceId, isFindable: true, germanLevel: 'B2', certificate: 'mittlere-reife', ...opts.profile })
  return user
}

/** A company with an owner and an open listing, for inviting. */
export async function createInvitingCompany(db: Database, name = 'Harzer Metallbau GmbH') {
  const company = await seedOrganization(db, { name })
  const owner = await seedUser(db, { role: 'employer', lang: 'de', memberOf: { organizationId: company.id, role: 'owner' } })
  const listing = await seedListing(db, { organizationId: company.id, title: 'Metallbauer/in (m/w/d)' })
  return { company, owner, listing }
}

export async function addMembership(db: Database, chamberId: string, companyId: string, status: MembershipStatus) {
  await db.insert(chamberMemberships).values({ chamberId, companyId, status, memberNumber: `M-${companyId.slice(0, 8)}`, verifiedAt: status === 'verified' ? new Date() : null })
}

/** A rejected application of `seekerId` at `fromCompanyId`, passed on to the chamber's network with the given status. */
export async function referCandidate(db: Database, opts: { seekerId: string; fromCompanyId: string; chamberId: string; status: ReferralStatus }) {
  const listing = await seedListing(db, { organizationId: opts.fromCompanyId })
  const [application] = await db.insert(applications).values({ listingId: listing.id, seekerId: opts.seekerId, status: 'rejected' }).returning()
  const [referral] = await db
    .insert(candidateReferrals)
    .values({ applicationId: application.id, seekerId: opts.seekerId, fromOrganizationId: opts.fromCompanyId, chamberId: opts.chamberId, status: opts.status })
    .returning()
  return referral
}

export const createChamber = (db: Database) => seedOrganization(db, { kind: 'chamber' })

/** A place by postal code and name, for distances that must be exact. */
export async function placeAt(db: Database, postalCode: string, name: string) {
  const [row] = await db.select().from(places).where(and(eq(places.postalCode, postalCode), eq(places.name, name)))
  if (!row) throw new Error(`No place ${postalCode} ${name}`)
  return row
}
