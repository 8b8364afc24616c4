import type { AppLoadContext } from '@remix-run/node'
import { pino } from 'pino'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedOrganization } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { action } from '../../routes/employer.listings.import'
import { loader as templateLoader } from '../../routes/employer.listings.import-template[.]csv'
import { createSession, generateSessionToken, validateSessionToken, type ValidatedSession } from '../auth/session.server'
import { addDays, berlinToday } from '~/utils/calendar-date'
import { IMPORT_MAX_BYTES } from './import-columns'
import { parseImportText } from './import-source'
import { importListings } from './import.server'
import { csvOf, jobRow, loadReferences, rowCounts, trainingRow, type Row } from './import.test-helper'

const ctx = setupAppDatabase()

let refs: Awaited<ReturnType<typeof loadReferences>>
let companyA: string
let companyB: string
let ownerOfA: ValidatedSession
let recruiterOfB: ValidatedSession

// The route runs on the real clock: dates relative to today.
const today = berlinToday()
const dates = { startDate: addDays(today, 30) }

beforeAll(async () => {
  refs = await loadReferences(ctx.db)
  companyA = (await seedOrganization(ctx.db)).id
  companyB = (await seedOrganization(ctx.db)).id
  const sessionOf = async (organizationId: string, role: 'owner' | 'recruiter') => {
    const user = await seedUser(ctx.db, { role: 'employer', memberOf: { organizationId, role } })
    const token = generateSessionToken()
    await createSession(token, user.id)
    return (await validateSessionToken(token))!
  }
  ownerOfA = await sessionOf(companyA, 'owner')
  recruiterOfB = await sessionOf(companyB, 'recruiter')
})

const contextOf = (viewer: ValidatedSession): AppLoadContext =>
  ({ viewer, secureCookies: false, clientIp: '203.0.113.9', requestId: 'test', nonce: '', logger: pino({ level: 'silent' }) }) as AppLoadContext

function post(viewer: ValidatedSession, body: FormData | URLSearchParams) {
  const request = new Request('http://localhost/employer/listings/import', { method: 'POST', body })
  return action({ request, params: {}, context: contextOf(viewer) })
}

function upload(fields: Record<string, string>, file?: { name: string; content: string | Uint8Array<ArrayBuffer> }) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  if (file) form.append('file', new File([file.content], file.name, { type: 'text/csv' }))
  return form
}

type Answer = { data: { intent: string; text: string; error?: { message: string }; report?: { rows: Array<{ line: number; issues: unknown[] }> } }; init: { status: number } }

describe('the import page', () => {
  it('imports into the viewer’s own company only, whatever the request says', async () => {
    const rows: Row[] = [jobRow(refs, 0, dates), jobRow(refs, 1, dates)]
    const [beforeA, beforeB] = [await rowCounts(ctx.db, companyA), await rowCounts(ctx.db, companyB)]
    const response = (await post(recruiterOfB, upload({ intent: 'import', organizationId: companyA }, { name: 'a.csv', content: csvOf(rows) }))) as Response
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe('/employer/listings?done=imported&count=2')
    expect((await rowCounts(ctx.db, companyA)).listings).toBe(beforeA.listings)
    expect((await rowCounts(ctx.db, companyB)).listings).toBe(beforeB.listings + 2)

    // Naming another company in the file is no way around it: the column does not exist.
    const named = (await post(recruiterOfB, upload({ intent: 'import' }, { name: 'a.csv', content: csvOf([{ ...rows[0], organizationId: companyA }]) }))) as unknown as Answer
    expect(named.data.error?.message).toBe('imports.error.unknownColumns')
    expect((await rowCounts(ctx.db, companyA)).listings).toBe(beforeA.listings)
  })

  it('the module, too, writes only where it is told by the guard', async () => {
    const source = parseImportText(csvOf([jobRow(refs, 2, dates)]))
    if (!source.ok) throw new Error(source.error.message)
    const before = await rowCounts(ctx.db, companyA)
    await importListings({ organizationId: companyB, actor: recruiterOfB.user, format: source.format, rows: source.rows, commit: true })
    expect(await rowCounts(ctx.db, companyA)).toEqual({ ...before, outbox: before.outbox + 1 })
  })

  it('answers a file with one bad row with a report naming it, and imports nothing', async () => {
    const rows = [jobRow(refs, 0, dates), jobRow(refs, 1, { ...dates, place: '99999 Nirgendwo' }), jobRow(refs, 2, dates)]
    const before = await rowCounts(ctx.db)
    const answer = (await post(ownerOfA, upload({ intent: 'import' }, { name: 'bad.csv', content: csvOf(rows, ',') }))) as unknown as Answer
    expect(answer.init.status).toBe(400)
    expect(answer.data.report!.rows.filter((r) => r.issues.length)).toEqual([{ line: 6, title: rows[1].title, status: 'published', issues: [{ column: 'place', message: 'employer.place.unknown' }] }])
    // The checked text comes back, so it can be corrected on the page and sent again.
    expect(answer.data.text).toBe(csvOf(rows, ','))
    expect(await rowCounts(ctx.db)).toEqual(before)
  })

  it('checks pasted JSON without writing anything', async () => {
    const before = await rowCounts(ctx.db)
    const text = JSON.stringify([trainingRow(refs, 3, { startDate: `${Number(today.slice(0, 4)) + 1}-08-01` })])
    const answer = (await post(ownerOfA, new URLSearchParams({ intent: 'check', text }))) as unknown as Answer
    expect(answer.init.status).toBe(200)
    expect(answer.data.report!.rows).toEqual([{ line: 1, title: expect.any(String), status: 'published', issues: [] }])
    expect(await rowCounts(ctx.db)).toEqual(before)
  })

  it('refuses a file over 2 MB with a clear error and imports nothing', async () => {
    const before = await rowCounts(ctx.db)
    const big = csvOf([jobRow(refs, 0, { ...dates, description: 'x'.repeat(IMPORT_MAX_BYTES) })])
    const answer = (await post(ownerOfA, upload({ intent: 'import' }, { name: 'big.csv', content: big }))) as unknown as Answer
    expect(answer.init.status).toBe(413)
    expect(answer.data.error).toEqual({ message: 'imports.error.tooLarge', params: { max: 2 } })
    expect(await rowCounts(ctx.db)).toEqual(before)
  })

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('title;place\n'), 0x4b, 0xf6, 0x63, 0x68, 0x3b, 0x47])
    const answer = (await post(ownerOfA, upload({ intent: 'check' }, { name: 'excel.csv', content: latin1 }))) as unknown as Answer
    expect(answer.data.error?.message).toBe('imports.error.encoding')
  })

  it('offers a template whose example row passes the check', async () => {
    const request = new Request('http://localhost/employer/listings/import-template.csv')
    const response = (await templateLoader({ request, params: {}, context: contextOf(ownerOfA) })) as Response
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await response.arrayBuffer())
    // A byte-order mark, so spreadsheets read the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.startsWith('offerType;occupation;title;')).toBe(true)
    const answer = (await post(ownerOfA, upload({ intent: 'check' }, { name: 'vorlage.csv', content: text }))) as unknown as Answer
    expect(answer.data.report!.rows).toEqual([{ line: 2, title: expect.stringContaining('(m/w/d)'), status: 'draft', issues: [] }])
  })
})
