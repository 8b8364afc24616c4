import { sql, type AnyColumn, type SQL } from 'drizzle-orm'
import { berlinToday } from '~/utils/calendar-date'

/*
 * What search documents, cards and pages show of chamber work, as SQL pieces to select next to a
 * company or listing row: the chambers that verified the company, and whether a listing is
 * featured today. One definition, so the badge and the label read the same everywhere.
 */

/** Names of the chambers with a verified membership of the company, alphabetical; `[]` when none. */
export function memberOfSql(companyId: AnyColumn): SQL<string[]> {
  // As JSON text: postgres.js and PGlite hand arrays and json back differently, text they agree on.
  return sql`(select coalesce(json_agg(c.name order by c.name), '[]'::json)::text
      from chamber_memberships m join organizations c on c.id = m.chamber_id
      where m.company_id = ${companyId} and m.status = 'verified')`.mapWith((value: string | null) => (value ? (JSON.parse(value) as string[]) : []))
}

/**
 * A listing is featured on `day` while a promotion covers that day and the promoting chamber still
 * counts the company as a verified member: a revoked membership ends the feature with it. The
 * subquery does not depend on the row, so Postgres runs it once per statement, not once per listing.
 */
export function isFeaturedSql(listingId: AnyColumn, day: string = berlinToday()): SQL<boolean> {
  return sql`(${listingId} in (select p.listing_id from listing_promotions p
      join listings pl on pl.id = p.listing_id
      join chamber_memberships m on m.chamber_id = p.chamber_id and m.company_id = pl.organization_id and m.status = 'verified'
      where p.starts_on <= ${day}::date and p.ends_on >= ${day}::date))`.mapWith((value: unknown) => value === true || value === 't')
}
