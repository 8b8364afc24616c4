import { getDb, type Database } from '../../../db/client'
import { listings } from '../../../db/schema'
import { Invalid } from '~/utils/errors'
import { checkListingWording } from '../listings/fair-wording'
import { berlinToday } from '~/utils/calendar-date'
import { checkListingInput, listingColumns, type CheckedListing } from '../listings/listing-input.server'
import { parseListingForm } from '../listings/listing-form.schema'
import { assertPublishable, publishedColumns, type Actor } from '../listings/listing-rules.server'
import { enqueueListingSync } from '../search/outbox-store.server'
import type { ImportStatus } from './import-columns'
import type { ImportFormat, ImportIssue, SourceRow } from './import-source'
import { resolveOccupationTexts } from './occupation-lookup.server'
import { issuesOf, rowInput } from './row-input'
import { assertMayPublish, holdIfRisky } from '../risk/risk-hold.server'

export interface ReportRow {
  line: number
  title: string
  status: ImportStatus
  issues: ImportIssue[]
}

export interface ImportReport {
  format: ImportFormat
  rows: ReportRow[]
  validCount: number
}

interface CheckedRow {
  checked: CheckedListing
  status: ImportStatus
}

/** Why a row may not go live: the same checks as the form's "Veröffentlichen", with each flagged phrase named. */
function publishIssues(actor: Actor, texts: { title: string; description: string }, confirmed: boolean): ImportIssue[] {
  try {
    assertPublishable(actor, texts, confirmed)
    return []
  } catch (error) {
    if (!(error instanceof Invalid)) throw error
    if (!error.fieldErrors.fairWordingConfirmed) return [{ column: 'status', message: error.formError ?? 'form.errorSummary' }]
    const findings = checkListingWording(texts).map(
      (f): ImportIssue =>
        f.text
          ? { column: f.field, message: 'imports.fairWording.finding', params: { text: f.text }, note: `fairWording.category.${f.category}` }
          : { column: f.field, message: 'employer.fairWording.titleMarker' },
    )
    return [...issuesOf(error.fieldErrors), ...findings]
  }
}

async function checkRow(db: Database, row: SourceRow, occupationId: string, actor: Actor, today: string) {
  const { fields, status, confirmFairWording, issues } = rowInput(row)
  let checked: CheckedListing | null = null
  try {
    checked = await checkListingInput(db, parseListingForm({ ...fields, occupationId }), { today })
  } catch (error) {
    if (!(error instanceof Invalid)) throw error
    const found = issuesOf(error.fieldErrors)
    // An occupation that was written but names nothing is unknown, not missing.
    for (const issue of found) if (issue.column === 'occupation' && row.cells.occupation && !occupationId) issue.message = 'employer.occupation.unknown'
    issues.push(...found)
  }
  if (status === 'published') issues.push(...publishIssues(actor, { title: String(fields.title), description: String(fields.description) }, confirmFairWording))
  return { issues, status, checked: issues.length ? null : checked }
}

// Each row costs two lookups (place, occupation); a few at once hide the round trips without
// taking the whole connection pool from other requests.
const CHECKS_AT_ONCE = 4

async function mapWithLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/**
 * Checks every row with the listing form's rules, as of `now`. The report lists each row with its
 * line and its problems per column; only a file without problems yields rows to save.
 */
export async function checkImportRows(opts: { actor: Actor; format: ImportFormat; rows: SourceRow[]; now: Date }) {
  const db = getDb()
  const today = berlinToday(opts.now)
  const occupationIds = await resolveOccupationTexts(db, opts.rows.map((r) => r.cells.occupation ?? ''))
  const results = await mapWithLimit(opts.rows, CHECKS_AT_ONCE, (row) => checkRow(db, row, occupationIds.get(row.cells.occupation ?? '') ?? '', opts.actor, today))
  const valid: CheckedRow[] = results.flatMap((r) => (r.checked ? [{ checked: r.checked, status: r.status }] : []))
  const report: ImportReport = {
    format: opts.format,
    rows: opts.rows.map((row, i) => ({ line: row.line, title: (row.cells.title ?? '').slice(0, 120), status: results[i].status, issues: results[i].issues })),
    validCount: valid.length,
  }
  return { report, valid: valid.length === opts.rows.length ? valid : null }
}

// About 25 parameters per listing: 250 rows stay far below PostgreSQL's limit of 65,535 per statement.
const CHUNK = 250

/** Saves checked rows for the company in one transaction, with a search outbox row for each published one. */
async function insertRows(organizationId: string, rows: CheckedRow[], now: Date): Promise<number> {
  return getDb().transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const batch = rows.slice(i, i + CHUNK)
      const inserted = await tx
        .insert(listings)
        .values(
          batch.map(({ checked, status }) => ({
            ...listingColumns(checked),
            organizationId,
            status: 'draft' as const,
            createdAt: now,
            updatedAt: now,
            ...(status === 'published' ? publishedColumns(now, checked.input.applicationDeadline, null) : {}),
          })),
        )
        .returning({ id: listings.id, status: listings.status })
      const published = inserted.filter((l) => l.status === 'published').map((l) => l.id)
      if (published.length > 0) await assertMayPublish(tx, organizationId)
      for (const id of published) await holdIfRisky(tx, id, now)
      await enqueueListingSync(tx, published)
    }
    return rows.length
  })
}

/**
 * A dry run ("Prüfen") or the import itself, always into the viewer's own company. The import
 * saves all rows or none: one row with a problem and nothing is written.
 */
export async function importListings(opts: {
  organizationId: string
  actor: Actor
  format: ImportFormat
  rows: SourceRow[]
  commit: boolean
  now?: Date
}): Promise<{ report: ImportReport; imported: number }> {
  const now = opts.now ?? new Date()
  const { report, valid } = await checkImportRows({ ...opts, now })
  if (!opts.commit || !valid) return { report, imported: 0 }
  return { report, imported: await insertRows(opts.organizationId, valid, now) }
}
