import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listings, type Occupation, type Place } from '../../../db/schema'
import { seedOrganization, pickOccupation } from '../../../db/seed/factories'
import { drainOutboxOnce } from '../../../search/sync'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { addDays, berlinToday } from '~/utils/calendar-date'
import { createOutboxStore } from '../search/outbox-store.server'
import { prepareListingIndex } from '../search/search-index.test-helper'
import { parseImportText } from './import-source'
import { importListings } from './import.server'
import { csvOf, jobRow, loadReferences, rowCounts, trainingRow, type Row } from './import.test-helper'

const ctx = setupAppDatabase()

// A test clock, so the date rules never depend on the day the tests run.
const NOW = new Date('2026-03-02T09:00:00Z')
const verified = { id: '00000000-0000-4000-8000-00000000000b', isVerified: true }

let refs: { occupations: Occupation[]; places: Place[] }
let company: string

beforeAll(async () => {
  refs = await loadReferences(ctx.db)
  company = (await seedOrganization(ctx.db)).id
})

async function run(rows: Row[] | string, opts: { commit?: boolean; actor?: typeof verified; organizationId?: string; now?: Date } = {}) {
  const source = parseImportText(typeof rows === 'string' ? rows : csvOf(rows))
  if (!source.ok) throw new Error(source.error.message)
  return importListings({ organizationId: opts.organizationId ?? company, actor: opts.actor ?? verified, format: source.format, rows: source.rows, commit: opts.commit ?? true, now: opts.now ?? NOW })
}

const issuesOf = async (row: Row) => (await run([row], { commit: false })).report.rows[0].issues

describe('importing listings', () => {
  it('imports nothing when one row is bad, and names that row', async () => {
    const rows = [jobRow(refs, 0), trainingRow(refs, 1), jobRow(refs, 2), jobRow(refs, 3, { payMin: '' }), trainingRow(refs, 4)]
    const before = await rowCounts(ctx.db)
    const { report, imported } = await run(rows)
    expect(imported).toBe(0)
    expect(await rowCounts(ctx.db)).toEqual(before)
    expect(report.validCount).toBe(4)
    // Line 1 is the header; the description's line breaks are inside quotes and take two more lines per row.
    const bad = report.rows.filter((r) => r.issues.length)
    expect(bad).toEqual([{ line: 14, title: rows[3].title, status: 'published', issues: [{ column: 'payMin', message: 'employer.pay.required' }] }])
  })

  it('refuses with the form’s own rules and messages, per column', async () => {
    const cases: Array<[Row, Array<{ column?: string; message: string; params?: object }>]> = [
      [jobRow(refs, 0, { payMin: '3000', payMax: '2000' }), [{ column: 'payMax', message: 'employer.pay.maxBelowMin' }]],
      [jobRow(refs, 0, { payPeriod: '' }), [{ column: 'payPeriod', message: 'employer.pay.periodRequired' }]],
      [jobRow(refs, 0, { payPeriod: 'hour', payMin: '9', payMax: '' }), [{ column: 'payMin', message: 'employer.pay.belowMinimumHour' }]],
      [jobRow(refs, 0, { startDate: '2026-02-01' }), [{ column: 'startDate', message: 'employer.listing.start.past' }]],
      [jobRow(refs, 0, { deadline: '2027-06-01' }), [{ column: 'deadline', message: 'employer.listing.deadline.afterStart' }]],
      [jobRow(refs, 0, { place: '38640 Berlin' }), [{ column: 'place', message: 'employer.place.unknown' }]],
      [jobRow(refs, 0, { occupation: 'Harzflieger/in' }), [{ column: 'occupation', message: 'employer.occupation.unknown' }]],
      [jobRow(refs, 0, { occupation: '' }), [{ column: 'occupation', message: 'employer.occupation.required' }]],
      [jobRow(refs, 0, { title: 'x'.repeat(121), status: 'draft' }), [{ column: 'title', message: 'employer.listing.title.tooLong' }]],
      [jobRow(refs, 0, { description: 'x'.repeat(10_001) }), [{ column: 'description', message: 'employer.listing.description.tooLong' }]],
      [jobRow(refs, 0, { benefits: 'shuttle|dienstwagen' }), [{ column: 'benefits', message: 'employer.listing.benefits.invalid' }]],
      [jobRow(refs, 0, { workplaceLanguages: 'de|klingon' }), [{ column: 'workplaceLanguages', message: 'employer.listing.workplaceLanguages.invalid' }]],
      [jobRow(refs, 0, { drivingLicence: 'vielleicht' }), [{ column: 'drivingLicence', message: 'imports.error.yesNo' }]],
      [jobRow(refs, 0, { status: 'live' }), [{ column: 'status', message: 'imports.error.status' }]],
      [trainingRow(refs, 0, { allowances: '' }), [{ column: 'allowances', message: 'imports.error.allowances' }]],
      [trainingRow(refs, 0, { allowances: '1000|700|1200' }), [{ column: 'allowances', message: 'employer.pay.allowanceBelowMinimum', params: { year: 2 } }]],
      [trainingRow(refs, 0, { allowances: '1000|1100|1200|1300|1400' }), [{ column: 'allowances', message: 'imports.error.allowances' }]],
    ]
    for (const [row, expected] of cases) expect(await issuesOf(row), JSON.stringify(row)).toEqual(expected)
  })

  it('takes the occupation by id, exact name in any case, masculine form or code, and an Ausbildung only in a training occupation', async () => {
    const mechatronics = await pickOccupation(ctx.db, { name: 'Mechatroniker' })
    for (const occupation of [String(mechatronics.id), 'mechatroniker/IN', mechatronics.nameMasculine!, mechatronics.slug]) {
      expect(await issuesOf(trainingRow(refs, 0, { occupation })), occupation).toEqual([])
    }
    const esco = await pickOccupation(ctx.db, { kind: 'esco' })
    expect(await issuesOf(trainingRow(refs, 0, { occupation: String(esco.id) }))).toEqual([{ column: 'occupation', message: 'employer.occupation.notTraining' }])
  })

  it('refuses to publish a row the fair-wording check flags, with the reason, unless it is confirmed', async () => {
    const flagged = jobRow(refs, 0, { description: 'Wir sind ein junges Team und suchen Muttersprachler.' })
    expect(await issuesOf(flagged)).toEqual([
      { column: 'fairWordingConfirmed', message: 'employer.fairWording.confirmRequired' },
      { column: 'description', message: 'imports.fairWording.finding', params: { text: 'junges Team' }, note: 'fairWording.category.age' },
      { column: 'description', message: 'imports.fairWording.finding', params: { text: 'Muttersprachler' }, note: 'fairWording.category.origin' },
    ])
    expect(await issuesOf({ ...flagged, title: 'Fachkraft Montage' })).toContainEqual({ column: 'title', message: 'employer.fairWording.titleMarker' })
    expect(await issuesOf({ ...flagged, fairWordingConfirmed: 'ja' })).toEqual([])
    expect(await issuesOf({ ...flagged, status: 'draft' })).toEqual([])
  })

  it('publishes only for a confirmed e-mail address, as the form does', async () => {
    expect((await run([jobRow(refs, 0)], { commit: false, actor: { ...verified, isVerified: false } })).report.rows[0].issues).toEqual([
      { column: 'status', message: 'employer.listing.publish.unverified' },
    ])
  })

  it('saves every field as the form would, drafts without a search outbox row', async () => {
    const own = (await seedOrganization(ctx.db)).id
    const before = await rowCounts(ctx.db)
    const row = jobRow(refs, 7, {
      status: 'draft',
      startDate: '01.04.2026',
      deadline: '31.3.2026',
      placesCount: '3',
      minCertificate: 'Mittlere-Reife',
      minGerman: 'b2',
      drivingLicence: 'ja',
      refugees: 'yes',
      recognitionSupport: 'X',
      workplaceLanguages: 'UK|de',
      germanCourse: 'ja',
      contact: 'Frau Beispiel',
    })
    const { imported } = await run([row, trainingRow(refs, 8, { status: '' })], { organizationId: own })
    expect(imported).toBe(2)
    const saved = await ctx.db.select().from(listings).where(eq(listings.organizationId, own)).orderBy(listings.id)
    expect(saved[0]).toMatchObject({
      status: 'draft',
      publishedAt: null,
      offerType: 'job',
      occupationId: refs.occupations[7].id,
      placeId: refs.places[7].id,
      startDate: '2026-04-01',
      applicationDeadline: '2026-03-31',
      placesCount: 3,
      payPeriod: 'month',
      payMin: 2800,
      payMax: 3400,
      minCertificate: 'mittlere-reife',
      minGerman: 'B2',
      needsDrivingLicence: true,
      isSuitableForRefugees: true,
      hasRecognitionSupport: true,
      workplaceLanguages: ['de', 'uk'],
      supportsGermanCourse: true,
      benefits: ['deutschlandticket', 'shuttle'],
      contactName: 'Frau Beispiel',
      description: '## Deine Aufgaben\n\n- lernen; üben, "mitmachen"\n- im Team arbeiten',
    })
    expect(saved[1]).toMatchObject({ status: 'draft', offerType: 'ausbildung', trainingAllowances: [1000, 1100, 1200, 1250], payMin: null, workplaceLanguages: [], supportsGermanCourse: false })
    expect(await rowCounts(ctx.db)).toEqual({ listings: before.listings + 2, outbox: before.outbox })
  })

  it('reads the same rows from JSON', async () => {
    const own = (await seedOrganization(ctx.db)).id
    const json = JSON.stringify([{ ...jobRow(refs, 1), payMin: 2800, benefits: ['housing'], refugees: true }])
    const { imported } = await run(json, { organizationId: own })
    expect(imported).toBe(1)
    const [saved] = await ctx.db.select().from(listings).where(eq(listings.organizationId, own))
    expect(saved).toMatchObject({ status: 'published', payMin: 2800, benefits: ['housing'], isSuitableForRefugees: true })
  })

  it('does not write anything on a dry run', async () => {
    const before = await rowCounts(ctx.db)
    const { report, imported } = await run([jobRow(refs, 0), trainingRow(refs, 1)], { commit: false })
    expect({ imported, valid: report.validCount }).toEqual({ imported: 0, valid: 2 })
    expect(await rowCounts(ctx.db)).toEqual(before)
  })
})

describe('a large import', () => {
  const search = createTestSearch()

  beforeAll(async () => {
    await prepareListingIndex(ctx.db, search)
  })

  afterAll(async () => {
    await search.client.deleteIndex(search.listingsIndex).waitTask({ timeout: 60_000 })
  })

  it('imports 500 rows in one go, and all of them reach search through the outbox', async () => {
    // Search shows only listings that have not expired yet: this import runs on the real clock.
    const now = new Date()
    const today = berlinToday(now)
    const dates = { training: `${Number(today.slice(0, 4)) + 1}-08-01`, job: addDays(today, 30) }
    // Chamber-verified: a new unverified company publishing 500 listings in its first hour is held for review.
    const own = (await seedOrganization(ctx.db, { isVerified: true })).id
    const rows = Array.from({ length: 500 }, (_, i) => (i % 2 ? jobRow(refs, i, { startDate: dates.job }) : trainingRow(refs, i, { startDate: dates.training })))
    const before = await rowCounts(ctx.db)
    const { imported, report } = await run(rows, { organizationId: own, now })
    expect(report.rows.filter((r) => r.issues.length)).toEqual([])
    expect(imported).toBe(500)
    expect(await rowCounts(ctx.db, own)).toMatchObject({ listings: 500, outbox: before.outbox + 500 })

    const store = createOutboxStore(ctx.db)
    while ((await drainOutboxOnce(store, search, { batchSize: 500 })).claimed > 0);
    const found = await search.client.index(search.listingsIndex).search('', { filter: `companyId = "${own}"`, limit: 0 })
    expect(found.estimatedTotalHits).toBe(500)
  }, 120_000)
})
