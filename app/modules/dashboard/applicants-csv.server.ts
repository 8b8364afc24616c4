import { and, asc, count, eq } from 'drizzle-orm'
import { translate, type Lang } from '~/i18n'
import { getDb, type Database } from '../../../db/client'
import { applicationDocuments, applications, listings, users } from '../../../db/schema'
import { findOwnListing, type ListingScope } from '../listings/listing-rules.server'
import { toCsv } from '~/utils/csv'
import { TIME_ZONE } from './days'

/** Enough of the cover letter to recognise it in a list; the whole letter is on the application's page. */
export const COVER_LETTER_EXCERPT = 200

const DATE_TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })

/** "2026-05-12 14:03" in German time: spreadsheets in either language read it as a date. */
const dateTime = (at: Date) => DATE_TIME.format(at)

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= COVER_LETTER_EXCERPT ? flat : `${flat.slice(0, COVER_LETTER_EXCERPT - 1).trimEnd()}…`
}

/**
 * The applications to one of the company's listings as a CSV file, one row per application, with
 * only what the applicant shared with the company by applying: name and e-mail address, the
 * application's status and dates, how many documents they sent and the start of their cover letter.
 * Profile details and the documents themselves stay on the application's page. Another company's
 * listing and a missing one are the same 404.
 */
export async function exportApplicantsCsv(scope: ListingScope, lang: Lang, db: Database = getDb()): Promise<{ fileName: string; body: string }> {
  const listing = await findOwnListing(db, scope)
  const rows = await db
    .select({
      name: users.name,
      email: users.email,
      hasSeeker: applications.seekerId,
      status: applications.status,
      createdAt: applications.createdAt,
      updatedAt: applications.updatedAt,
      coverLetter: applications.coverLetter,
      documents: count(applicationDocuments.documentId),
    })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .leftJoin(users, eq(users.id, applications.seekerId))
    .leftJoin(applicationDocuments, eq(applicationDocuments.applicationId, applications.id))
    .where(and(eq(applications.listingId, listing.id), eq(listings.organizationId, scope.organizationId)))
    .groupBy(applications.id, users.id)
    .orderBy(asc(applications.createdAt), asc(applications.id))
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key)
  const header = [
    t('dashboard.csv.name'),
    t('dashboard.csv.email'),
    t('dashboard.csv.status'),
    t('dashboard.csv.appliedAt'),
    t('dashboard.csv.updatedAt'),
    t('dashboard.csv.documents'),
    t('dashboard.csv.coverLetter'),
  ]
  const body = rows.map((r) => {
    // An erased account leaves an anonymous record: no name, no address, nothing they wrote.
    const isErased = !r.hasSeeker
    return [
      isErased ? t('applications.pipeline.erased') : r.name,
      isErased ? '' : r.email,
      t(`applications.status.${r.status}`),
      dateTime(r.createdAt),
      dateTime(r.updatedAt),
      Number(r.documents),
      isErased ? '' : excerpt(r.coverLetter),
    ]
  })
  return { fileName: translate(lang, 'dashboard.csv.fileName', { id: listing.id }), body: toCsv([header, ...body]) }
}
