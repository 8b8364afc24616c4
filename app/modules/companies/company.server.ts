import { and, count, desc, eq, isNull, ne, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { listings, organizations, places, type Organization } from '../../../db/schema'
import { NotFound } from '~/utils/errors'
import { memberOfSql } from '../badges/badges.server'
import { cardColumns, isOpenListing, toListingCard, type ListingSummary } from '../listings/cards.server'
import { renderMarkdown } from '../listings/markdown.server'

export const COMPANY_PAGE_SIZE = 20

export interface CompanyPage {
  company: {
    name: string
    slug: string
    sector: Organization['sector']
    sizeBand: Organization['sizeBand']
    descriptionHtml: string
    website: string | null
    isTrainingCompany: boolean
    isVerified: boolean
    /** Chambers that verified the company's membership, for "Mitgliedsbetrieb der …". */
    memberOf: string[]
    place: { name: string; postalCode: string; district: string; state: string } | null
    updatedAt: string
  }
  listings: { total: number; page: number; pageCount: number; items: ListingSummary[] }
}

/**
 * A company's public page with its open listings, newest first, `COMPANY_PAGE_SIZE` a page.
 * Chambers are organizations too, but not companies: they get pages of their own.
 */
export async function getCompanyPage(slug: string, opts: { page?: number } = {}, db: Database = getDb()): Promise<CompanyPage> {
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      sector: organizations.sector,
      sizeBand: organizations.sizeBand,
      description: organizations.description,
      website: organizations.website,
      isTrainingCompany: organizations.isTrainingCompany,
      isVerified: organizations.isVerified,
      memberOf: memberOfSql(organizations.id),
      updatedAt: organizations.updatedAt,
      placeName: places.name,
      postalCode: places.postalCode,
      district: places.district,
      state: places.state,
    })
    .from(organizations)
    .leftJoin(places, eq(places.id, organizations.placeId))
    .where(and(eq(organizations.slug, slug), eq(organizations.kind, 'company'), isNull(organizations.suspendedAt)))
  if (!row) throw new NotFound('company')
  const page = Math.max(1, Math.floor(opts.page ?? 1))
  const [{ total }] = await db
    .select({ total: count() })
    .from(listings)
    .where(and(eq(listings.organizationId, row.id), isOpenListing()))
  const items = await getOpenListingsOfCompany({ id: row.id }, { limit: COMPANY_PAGE_SIZE, offset: (page - 1) * COMPANY_PAGE_SIZE }, db)
  return {
    company: {
      name: row.name,
      slug: row.slug,
      sector: row.sector,
      sizeBand: row.sizeBand,
      descriptionHtml: renderMarkdown(row.description),
      website: row.website,
      isTrainingCompany: row.isTrainingCompany,
      isVerified: row.isVerified,
      memberOf: row.memberOf,
      place: row.placeName ? { name: row.placeName, postalCode: row.postalCode!, district: row.district!, state: row.state! } : null,
      updatedAt: row.updatedAt.toISOString(),
    },
    listings: { total, page, pageCount: Math.max(1, Math.ceil(total / COMPANY_PAGE_SIZE)), items },
  }
}

/** Open listings of one company by its id or slug, newest first; `excludeId` leaves out the one being viewed. */
export async function getOpenListingsOfCompany(
  company: { id: string } | { slug: string },
  opts: { limit: number; offset?: number; excludeId?: number },
  db: Database = getDb(),
): Promise<ListingSummary[]> {
  const which = 'id' in company ? eq(organizations.id, company.id) : eq(organizations.slug, company.slug)
  const rows = await db
    .select(cardColumns)
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .innerJoin(places, eq(places.id, listings.placeId))
    .where(and(which, isOpenListing(), opts.excludeId ? ne(listings.id, opts.excludeId) : undefined))
    .orderBy(sql`${listings.publishedAt} desc nulls last`, desc(listings.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0)
  return rows.map(toListingCard)
}
