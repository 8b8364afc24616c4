import { and, asc, eq, ilike, inArray } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { chamberMemberships, organizations, places, type MembershipStatus } from '../../../db/schema'

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

export interface ChamberMember {
  id: string
  companyName: string
  companySlug: string
  placeName: string | null
  memberNumber: string
  requestedAt: string
  verifiedAt: string | null
}

/** The chamber's open requests and its verified members, each by company name. */
export async function listChamberMembers(chamberId: string, db: Database = getDb()): Promise<{ pending: ChamberMember[]; verified: ChamberMember[] }> {
  const rows = await db
    .select({
      id: chamberMemberships.id,
      status: chamberMemberships.status,
      companyName: organizations.name,
      companySlug: organizations.slug,
      placeName: places.name,
      memberNumber: chamberMemberships.memberNumber,
      requestedAt: chamberMemberships.requestedAt,
      verifiedAt: chamberMemberships.verifiedAt,
    })
    .from(chamberMemberships)
    .innerJoin(organizations, eq(organizations.id, chamberMemberships.companyId))
    .leftJoin(places, eq(places.id, organizations.placeId))
    .where(and(eq(chamberMemberships.chamberId, chamberId), inArray(chamberMemberships.status, ['requested', 'verified'])))
    .orderBy(asc(organizations.name))
  const members = rows.map(({ status, ...row }) => ({ status, ...row, requestedAt: row.requestedAt.toISOString(), verifiedAt: iso(row.verifiedAt) }))
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
