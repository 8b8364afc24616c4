import type { Database } from '../../../db/client'
import { applications, chamberMemberships, type NewListing } from '../../../db/schema'
import { seedListing, seedOrganization, pickOccupation, pickPlace } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import type { ApplicationStatus } from '../../../values/applications'
import type { MembershipStatus } from '../../../values/chambers'

/** A Wednesday in November: its 12-week window spans the end of summer time (25 October 2026). */
export const NOW = new Date('2026-11-04T10:00:00Z')
const DAY = 86_400_000
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY)

type Company = 'alpha' | 'beta' | 'gamma' | 'delta' | 'epsilon' | 'zeta' | 'eta' | 'theta'
type Town = 'Goslar' | 'Wernigerode' | 'Nordhausen' | 'Sangerhausen'
type Occupation = 'Mechatroniker' | 'Koch' | 'Friseur'

/** Who belongs where: gamma is a verified member of both chambers, alpha has only asked to join B. */
const MEMBERSHIPS: Array<{ company: Company; chamber: 'A' | 'B'; status: MembershipStatus }> = [
  { company: 'alpha', chamber: 'A', status: 'verified' },
  { company: 'beta', chamber: 'A', status: 'verified' },
  { company: 'gamma', chamber: 'A', status: 'verified' },
  { company: 'gamma', chamber: 'B', status: 'verified' },
  { company: 'delta', chamber: 'B', status: 'verified' },
  { company: 'epsilon', chamber: 'A', status: 'requested' },
  { company: 'zeta', chamber: 'A', status: 'revoked' },
  { company: 'eta', chamber: 'A', status: 'refused' },
  { company: 'alpha', chamber: 'B', status: 'requested' },
]

/** An application: its status, how many days ago it came in, and since how many days it is overdue. */
type Apply = [ApplicationStatus, number, number?]

interface ListingPlan {
  ref: string
  company: Company
  town: Town
  occupation: Occupation
  places: number
  start: string
  offerType?: NewListing['offerType']
  status?: NewListing['status']
  publishedDaysAgo?: number | null
  expiresInDays?: number | null
  apps?: Apply[]
}

const LISTINGS: ListingPlan[] = [
  { ref: 'L1', company: 'alpha', town: 'Goslar', occupation: 'Mechatroniker', places: 3, start: '2027-08-01', publishedDaysAgo: 10, apps: [['received', 9], ['in_review', 8], ['withdrawn', 7], ['rejected', 2]] },
  { ref: 'L2', company: 'alpha', town: 'Wernigerode', occupation: 'Koch', places: 2, start: '2026-12-01', publishedDaysAgo: 40, apps: [['received', 30, 5]] },
  { ref: 'L3', company: 'beta', town: 'Wernigerode', occupation: 'Mechatroniker', places: 1, start: '2026-11-04', publishedDaysAgo: 3 },
  { ref: 'L4', company: 'beta', town: 'Nordhausen', occupation: 'Friseur', places: 4, start: '2026-12-30', publishedDaysAgo: 20, apps: [['received', 15], ['withdrawn', 14], ['interview', 4]] },
  { ref: 'L5', company: 'beta', town: 'Goslar', occupation: 'Koch', places: 1, start: '2026-12-31', publishedDaysAgo: 15 },
  { ref: 'L6', company: 'gamma', town: 'Sangerhausen', occupation: 'Mechatroniker', places: 2, start: '2026-12-15', publishedDaysAgo: 7, apps: [['received', 6, 2], ['received', 6, 3], ['offer', 5], ['withdrawn', 5, 1]] },
  { ref: 'L7', company: 'gamma', town: 'Goslar', occupation: 'Koch', places: 1, start: '2026-11-20', offerType: 'job', publishedDaysAgo: 5, apps: [['received', 4], ['received', 1]] },
  { ref: 'L8', company: 'alpha', town: 'Goslar', occupation: 'Mechatroniker', places: 5, start: '2027-08-01', publishedDaysAgo: 61, expiresInDays: -1, apps: [['received', 50]] },
  { ref: 'L9', company: 'alpha', town: 'Goslar', occupation: 'Koch', places: 2, start: '2027-08-01', status: 'closed', publishedDaysAgo: 30, apps: [['received', 29, 20]] },
  { ref: 'L10', company: 'beta', town: 'Goslar', occupation: 'Koch', places: 7, start: '2027-08-01', status: 'draft', publishedDaysAgo: null },
  { ref: 'L11', company: 'alpha', town: 'Sangerhausen', occupation: 'Koch', places: 2, start: '2027-09-01', publishedDaysAgo: 100, expiresInDays: null, apps: [['received', 90]] },
  { ref: 'L12', company: 'delta', town: 'Goslar', occupation: 'Mechatroniker', places: 6, start: '2026-11-20', publishedDaysAgo: 2, apps: [['received', 1, 1]] },
  { ref: 'L13', company: 'epsilon', town: 'Goslar', occupation: 'Koch', places: 8, start: '2026-11-10', publishedDaysAgo: 6, apps: [['received', 5, 4], ['received', 3]] },
  { ref: 'L14', company: 'zeta', town: 'Wernigerode', occupation: 'Friseur', places: 9, start: '2026-11-10', publishedDaysAgo: 6, apps: [['received', 5]] },
  { ref: 'L15', company: 'eta', town: 'Nordhausen', occupation: 'Mechatroniker', places: 11, start: '2026-11-10', publishedDaysAgo: 6, apps: [['received', 5, 1]] },
  { ref: 'L16', company: 'theta', town: 'Nordhausen', occupation: 'Mechatroniker', places: 10, start: '2026-11-10', publishedDaysAgo: 6, apps: [['received', 5]] },
]

/** Names that also test the CSV: a formula-like start, a separator and quotes. */
const COMPANY_NAMES: Record<Company, string> = {
  alpha: 'Alpha Metallbau (Test)',
  beta: '=Beta; "Friseure" (Test)',
  gamma: 'Gamma Gastro (Test)',
  delta: 'Delta Elektro (Test)',
  epsilon: 'Epsilon Bau (Test)',
  zeta: 'Zeta Haar (Test)',
  eta: 'Eta Technik (Test)',
  theta: 'Theta Werke (Test)',
}

export interface PlacesSeed {
  chamberA: string
  chamberB: string
  staffA: string
  staffB: string
  companies: Record<Company, { id: string; name: string }>
  listings: Record<string, number>
  /** Applied at Monday 00:30 German time, 23:30 UTC the day before: it belongs to the Monday's week. */
  boundaryWeek: string
}

/** The seed both test files use: two chambers, eight companies, sixteen listings, applications of four seekers. */
export async function seedPlaces(db: Database): Promise<PlacesSeed> {
  const chamberA = await seedOrganization(db, { kind: 'chamber', name: 'Kammer A (Test)' })
  const chamberB = await seedOrganization(db, { kind: 'chamber', name: 'Kammer B (Test)' })
  const staffA = await seedUser(db, { role: 'chamber', memberOf: { organizationId: chamberA.id, role: 'counsellor' } })
  const staffB = await seedUser(db, { role: 'chamber', memberOf: { organizationId: chamberB.id, role: 'counsellor' } })
  const seekers = await Promise.all([0, 1, 2, 3].map(() => seedUser(db, { role: 'seeker' })))
  const companies = {} as PlacesSeed['companies']
  for (const [key, name] of Object.entries(COMPANY_NAMES) as [Company, string][]) companies[key] = { id: (await seedOrganization(db, { name })).id, name }
  const chamberIds = { A: chamberA.id, B: chamberB.id }
  await db.insert(chamberMemberships).values(
    MEMBERSHIPS.map((m, i) => ({
      chamberId: chamberIds[m.chamber],
      companyId: companies[m.company].id,
      memberNumber: `T-${i + 1}`,
      status: m.status,
      verifiedAt: m.status === 'verified' ? daysAgo(200) : null,
    })),
  )
  const towns = new Map<Town, number>()
  for (const town of ['Goslar', 'Wernigerode', 'Nordhausen', 'Sangerhausen'] as Town[]) towns.set(town, (await pickPlace(db, { name: town })).id)
  const jobs = new Map<Occupation, number>()
  for (const name of ['Mechatroniker', 'Koch', 'Friseur'] as Occupation[]) jobs.set(name, (await pickOccupation(db, { name })).id)

  const listingIds: Record<string, number> = {}
  for (const plan of LISTINGS) {
    const published = plan.publishedDaysAgo === undefined ? daysAgo(1) : plan.publishedDaysAgo === null ? null : daysAgo(plan.publishedDaysAgo)
    const expiresIn = plan.expiresInDays === undefined ? 30 : plan.expiresInDays
    const listing = await seedListing(db, {
      organizationId: companies[plan.company].id,
      placeId: towns.get(plan.town),
      occupationId: jobs.get(plan.occupation),
      offerType: plan.offerType ?? 'ausbildung',
      title: `${plan.ref} ${plan.occupation} (Test)`,
      placesCount: plan.places,
      startDate: plan.start,
      status: plan.status ?? (published ? 'published' : 'draft'),
      publishedAt: published,
      expiresAt: published && expiresIn !== null ? new Date(NOW.getTime() + expiresIn * DAY) : null,
    })
    listingIds[plan.ref] = listing.id
    const apps = plan.apps ?? []
    if (apps.length) {
      await db.insert(applications).values(
        apps.map(([status, appliedDaysAgo, overdueDaysAgo], i) => ({
          listingId: listing.id,
          seekerId: seekers[i].id,
          status,
          createdAt: daysAgo(appliedDaysAgo),
          overdueAt: overdueDaysAgo === undefined ? null : daysAgo(overdueDaysAgo),
        })),
      )
    }
  }
  // Monday 2 November 2026, 00:30 in Germany (CET, UTC+1).
  await db.insert(applications).values({ listingId: listingIds.L5, seekerId: seekers[0].id, createdAt: new Date('2026-11-01T23:30:00Z') })
  return { chamberA: chamberA.id, chamberB: chamberB.id, staffA: staffA.id, staffB: staffB.id, companies, listings: listingIds, boundaryWeek: '2026-11-02' }
}
