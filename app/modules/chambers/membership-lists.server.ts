import { alias } from 'drizzle-orm/pg-core'
import { and, asc, eq, ilike, inArray, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { chamberMemberships, listings, occupations, organizations, places, users } from '../../../db/schema'
import type { MembershipStatus } from '../../../values/chambers'
import type { SECTORS } from '../../../values/organizations'

/* What the membership pages show: the company's memberships, the chamber's requests and members. */

const iso = (value: Date | null) => (value ? value.toISOString() : null)

/** Chambers a company can ask, by name. */
export async function listChambers(db: Database = getDb()) {
  return db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.kind, 'chamber')).orderBy(asc(organizations.name))
}

export interface CompanyMembership {
  id: string
  chamberName: string
  memberNumber: string
  registerEntry: string | null
  status: MembershipStatus
  requestedAt: string
  decidedAt: string | null
}

/** The company's memberships in every state, by chamber name. */
export async function listCompanyMemberships(companyId: string, db: Database = getDb()): Promise<CompanyMembership[]> {
  const rows = await db
    .select({
      id: chamberMemberships.id,
      chamberName: organizations.name,
      memberNumber: chamberMemberships.memberNumber,
      registerEntry: chamberMemberships.registerEntry,
      status: chamberMemberships.status,
      requestedAt: chamberMemberships.requestedAt,
      decidedAt: chamberMemberships.decidedAt,
    })
    .from(chamberMemberships)
    .innerJoin(organizations, eq(organizations.id, chamberMemberships.chamberId))
    .where(eq(chamberMemberships.companyId, companyId))
    .orderBy(asc(organizations.name))
  return rows.map((row) => ({ ...row, requestedAt: row.requestedAt.toISOString(), decidedAt: iso(row.decidedAt) }))
}

/** What staff need to decide on a membership: who the company is, what it does, who asked and when. */
export interface ChamberMember {
  id: string
  companyName: string
  companySlug: string
  sector: (typeof SECTORS)[number]
  /** "38640 Goslar", and the district: the address the company gave (its place). */
  placeName: string | null
  postalCode: string | null
  district: string | null
  website: string | null
  memberNumber: string
  registerEntry: string | null
  /** Occupations the company has posted listings in: its trade as the site sees it. */
  occupations: string[]
  requestedAt: string
  requestedByName: string | null
  verifiedAt: string | null
  decidedByName: string | null
}

const MAX_OCCUPATIONS_SHOWN = 5
const requester = alias(users, 'requester')
const decider = alias(users, 'decider')

/** The chamber's open requests and its verified members, each by company name. */
export async function listChamberMembers(chamberId: string, db: Database = getDb()): Promise<{ pending: ChamberMember[]; verified: ChamberMember[] }> {
  const rows = await db
    .select({
      id: chamberMemberships.id,
      status: chamberMemberships.status,
      companyName: organizations.name,
      companySlug: organizations.slug,
      sector: organizations.sector,
      website: organizations.website,
      placeName: places.name,
      postalCode: places.postalCode,
      district: places.district,
      memberNumber: chamberMemberships.memberNumber,
      registerEntry: chamberMemberships.registerEntry,
      requestedAt: chamberMemberships.requestedAt,
      requestedByName: requester.name,
      verifiedAt: chamberMemberships.verifiedAt,
      decidedByName: decider.name,
      occupations: sql<string[]>`array(
        select distinct ${occupations.name} from ${listings} join ${occupations} on ${occupations.id} = ${listings.occupationId}
        where ${listings.organizationId} = ${organizations.id} order by 1 limit ${MAX_OCCUPATIONS_SHOWN})`,
    })
    .from(chamberMemberships)
    .innerJoin(organizations, eq(organizations.id, chamberMemberships.companyId))
    .leftJoin(places, eq(places.id, organizations.placeId))
    .leftJoin(requester, eq(requester.id, chamberMemberships.requestedBy))
    .leftJoin(decider, eq(decider.id, chamberMemberships.decidedBy))
    .where(and(eq(chamberMemberships.chamberId, chamberId), inArray(chamberMemberships.status, ['requested', 'verified'])))
    .orderBy(asc(organizations.name))
  const members = rows.map(({ status, ...row }) => ({
    status,
    ...row,
    occupations: row.occupations ?? [],
    requestedAt: row.requestedAt.toISOString(),
    verifiedAt: iso(row.verifiedAt),
  }))
  const strip = ({ status: _status, ...member }: (typeof members)[number]): ChamberMember => member
  return { pending: members.filter((m) => m.status === 'requested').map(strip), verified: members.filter((m) => m.status === 'verified').map(strip) }
}

export const COMPANY_SEARCH_LIMIT = 20

/** Companies whose name contains `q`, with their membership state in this chamber; for adding members directly. */
export async function findCompanies(input: { chamberId: string; q: string }, db: Database = getDb()) {
  const q = input.q.trim()
  if (q.length < 2) return []
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  return db
    .select({ id: organizations.id, name: organizations.name, placeName: places.name, status: chamberMemberships.status })
    .from(organizations)
    .leftJoin(places, eq(places.id, organizations.placeId))
    .leftJoin(chamberMemberships, and(eq(chamberMemberships.companyId, organizations.id), eq(chamberMemberships.chamberId, input.chamberId)))
    .where(and(eq(organizations.kind, 'company'), ilike(organizations.name, pattern)))
    .orderBy(asc(organizations.name))
    .limit(COMPANY_SEARCH_LIMIT)
}
