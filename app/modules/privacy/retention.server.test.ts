import { and, eq, inArray } from 'drizzle-orm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { applicationDocuments, applicationEvents, applications, documents, listings, outboundEmails, users } from '../../../db/schema'
import { seedListing } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { findEverywhere } from '../../../tests/support/find-everywhere'
import { recordListingView } from '../dashboard/views.server'
import { cutoff, RETENTION_DEFAULTS, shiftBy } from '../retention/retention-config'
import { readUpload } from '../uploads/storage.server'
import { runRetention } from './retention.server'
import {
  createClosedListing,
  createCompany,
  createCounsellingCase,
  createDecidedReport,
  createEndedApplication,
  createMarkedDocument,
  createOwnedCompany,
  createPerson,
  findInUploads,
  GONE,
  insertAccessRows,
  insertAudit,
  insertMail,
  KEEP,
} from './retention.test-helper'

// Uploads go to a directory of this file's own, so the scan sees only what this test stored.
const uploadsDir = await vi.hoisted(async () => {
  const [{ mkdtempSync }, { tmpdir }, { join }] = await Promise.all([import('node:fs'), import('node:os'), import('node:path')])
  const dir = mkdtempSync(join(tmpdir(), 'passgenau-retention-'))
  process.env.UPLOADS_DIR = dir
  return dir
})

const ctx = setupAppDatabase()
const config = RETENTION_DEFAULTS
const DAY = { amount: 1, unit: 'days' } as const
// The test clock: every deadline is measured from NOW, items sit one day either side of theirs.
const NOW = new Date()
const before = (date: Date) => shiftBy(date, DAY, -1)
const after = (date: Date) => shiftBy(date, DAY)
const deadline = (rule: keyof typeof config, at: Date = NOW) => cutoff(at, config[rule])

const seeded = {} as Record<string, string>
const mailsTo = (email: string) => ctx.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, email))

beforeAll(async () => {
  const { db } = ctx
  const { company, chamber } = await createCompany(db)
  const listing = await seedListing(db, { organizationId: company.id })

  // Applications: ended a day past 6 months (and a hire whose listing closed then) against one a day short.
  const seeker = await createPerson(db, 'Bewerberin', { lang: 'en' })
  const hiredSeeker = await createPerson(db, 'Eingestellter', { lang: 'de' })
  const cv = await createMarkedDocument(db, seeker.id, `${KEEP}-library-cv`)
  const hiredCv = await createMarkedDocument(db, hiredSeeker.id, `${KEEP}-library-cv-hired`)
  const endedBy = deadline('applicationData')
  const oldApp = await createEndedApplication(db, { listingId: listing.id, seekerId: seeker.id, documentId: cv.id, marker: `${GONE}-app-rejected`, status: 'rejected', endedAt: before(endedBy) })
  const closedForHire = await createClosedListing(db, company.id, { status: 'closed', endedAt: before(endedBy), contactName: 'Frau Personal' })
  const hiredApp = await createEndedApplication(db, { listingId: closedForHire.id, seekerId: hiredSeeker.id, documentId: hiredCv.id, marker: `${GONE}-app-hired`, status: 'hired', endedAt: shiftBy(endedBy, { amount: 20, unit: 'days' }, -1) })
  const secondListing = await seedListing(db, { organizationId: company.id })
  const keptApp = await createEndedApplication(db, { listingId: secondListing.id, seekerId: seeker.id, documentId: cv.id, marker: `${KEEP}-app-withdrawn`, status: 'withdrawn', endedAt: after(endedBy) })
  Object.assign(seeded, { seeker: seeker.email, hiredSeeker: hiredSeeker.email, oldApp: oldApp.id, hiredApp: hiredApp.id, keptApp: keptApp.id, cv: cv.storageKey })

  // Accounts never confirmed: 31 days against 29, each with a stored CV and a mail.
  for (const [marker, createdAt] of [[`${GONE}-unverified`, before(deadline('unverifiedAccount'))], [`${KEEP}-unverified`, after(deadline('unverifiedAccount'))]] as const) {
    const person = await createPerson(db, marker, { emailVerifiedAt: null, createdAt, lastActiveAt: createdAt })
    await createMarkedDocument(db, person.id, `${marker}-file`)
    await insertMail(db, { to: person.email, marker: `${marker}-welcome`, at: NOW })
  }

  // Inactive accounts: told a day more than 3 months ago (gone), a day less (kept), and one who came back.
  const toldEarly = before(deadline('inactiveGrace'))
  const toldLate = after(deadline('inactiveGrace'))
  const gone = await createPerson(db, `${GONE}-inactive`, { lang: 'en', lastActiveAt: before(deadline('inactiveAccount', toldEarly)) })
  await createMarkedDocument(db, gone.id, `${GONE}-inactive-file`)
  // The only member of a company: the company and its logo go with the account.
  await createOwnedCompany(db, gone.id, `${GONE}-inactive-owner`)
  const stays = await createPerson(db, `${KEEP}-inactive`, { lang: 'de', lastActiveAt: before(deadline('inactiveAccount', toldLate)) })
  const back = await createPerson(db, `${KEEP}-returned`, { lang: 'en', lastActiveAt: before(deadline('inactiveAccount', toldEarly)) })
  Object.assign(seeded, { inactiveGone: gone.email, inactiveStays: stays.email, returned: back.email, returnedId: back.id, toldEarly: toldEarly.toISOString(), toldLate: toldLate.toISOString() })

  // Outbound mail: bodies a day either side of 30 days, rows a day either side of 6 months.
  const mailFor = (await createPerson(db, 'Empfaenger')).email
  await insertMail(db, { to: mailFor, marker: `${GONE}-mail-body`, at: before(deadline('mailBody')) })
  await insertMail(db, { to: mailFor, marker: `${KEEP}-mail-body`, at: after(deadline('mailBody')) })
  await insertMail(db, { to: `${GONE.toLowerCase()}-mail-row@example.org`, marker: 'old', at: before(deadline('mailRecord')) })
  await insertMail(db, { to: `${KEEP.toLowerCase()}-mail-row@example.org`, marker: 'recent', at: after(deadline('mailRecord')) })

  // Sessions, links and rate-limit windows: expired yesterday against tomorrow.
  await insertAccessRows(db, `${GONE}-used`, { sessionExpires: before(NOW), tokenExpires: after(NOW), tokenUsed: before(NOW), windowStart: before(before(NOW)) }, seeker.id)
  await insertAccessRows(db, `${GONE}-expired`, { sessionExpires: before(NOW), tokenExpires: before(NOW), tokenUsed: null, windowStart: before(before(NOW)) }, hiredSeeker.id)
  await insertAccessRows(db, `${KEEP}-live`, { sessionExpires: after(NOW), tokenExpires: after(NOW), tokenUsed: null, windowStart: new Date(NOW.getTime() - 3_600_000) }, seeker.id)

  await insertAudit(db, GONE, before(deadline('auditLog')))
  await insertAudit(db, KEEP, after(deadline('auditLog')))

  // Counselling: last contact a day either side of 12 months.
  const counselled = await createPerson(db, 'Beratene')
  const counselledToo = await createPerson(db, 'Beratener')
  const lastContact = deadline('counsellingNotes')
  await createCounsellingCase(db, { chamberId: chamber.id, seekerId: counselled.id, grantedAt: shiftBy(lastContact, { amount: 2, unit: 'months' }, -1), noteAt: before(lastContact), marker: GONE })
  await createCounsellingCase(db, { chamberId: chamber.id, seekerId: counselledToo.id, grantedAt: shiftBy(lastContact, { amount: 2, unit: 'months' }, -1), noteAt: after(lastContact), marker: KEEP })

  // Closed and expired listings a day either side of 12 months.
  const listingEnd = deadline('closedListing')
  seeded.closedGone = String((await createClosedListing(db, company.id, { status: 'closed', endedAt: before(listingEnd), contactName: `${GONE} Kontakt` })).id)
  seeded.expiredGone = String((await createClosedListing(db, company.id, { status: 'expired', endedAt: before(listingEnd), contactName: `${GONE} Kontakt2` })).id)
  seeded.closedKept = String((await createClosedListing(db, company.id, { status: 'closed', endedAt: after(listingEnd), contactName: `${KEEP} Kontakt` })).id)

  // Reporters' name and e-mail: decided a day either side of 6 months.
  await createDecidedReport(db, company.id, GONE, before(deadline('reporterContact')))
  await createDecidedReport(db, company.id, KEEP, after(deadline('reporterContact')))

  // A page view: counted as a number only, whatever the visitor sends.
  expect(await recordListingView(db, listing.id, NOW, { userAgent: `Mozilla/5.0 ${GONE}-agent`, userId: counselled.id })).toBe(true)

  // The worker's rounds on the test clock: notices first, then the deletions they announced.
  await runRetention(new Date(seeded.toldEarly), config)
  await runRetention(new Date(seeded.toldLate), config)
  await ctx.db.update(users).set({ lastActiveAt: before(NOW) }).where(eq(users.id, back.id))
  await runRetention(shiftBy(NOW, config.applicationNotice, -1), config)
  // Two workers at once: each step must still happen exactly once.
  await Promise.all([runRetention(NOW, config), runRetention(NOW, config)])
})

describe('retention schedule', () => {
  it('deletes or anonymises exactly the expired items and leaves no trace of them in any column or file', async () => {
    const { db } = ctx
    const app = async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0]
    for (const id of [seeded.oldApp, seeded.hiredApp]) {
      const row = await app(id)
      expect(row).toMatchObject({ seekerId: null, coverLetter: '' })
      expect(await db.select().from(applicationDocuments).where(eq(applicationDocuments.applicationId, id))).toEqual([])
      const timeline = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id))
      // The company's statistics keep the status changes and their dates, nothing said.
      expect(timeline.map((e) => [e.kind, e.toStatus, e.text])).toEqual([
        ['status', 'received', null],
        ['status', row.status, null],
      ])
    }
    expect(await app(seeded.keptApp)).toMatchObject({ coverLetter: `${KEEP}-app-withdrawn cover letter`, status: 'withdrawn' })
    expect(await db.select().from(applicationDocuments).where(eq(applicationDocuments.applicationId, seeded.keptApp))).toHaveLength(1)
    // The seeker's own CV stays in their profile: only its link to the ended application went.
    expect(await readUpload(seeded.cv)).not.toBeNull()

    const emails = (await db.select({ email: users.email }).from(users)).map((u) => u.email)
    expect(emails.filter((e) => e.startsWith(GONE.toLowerCase()))).toEqual([])
    for (const kept of [`${KEEP}-unverified`, `${KEEP}-inactive`, `${KEEP}-returned`]) expect(emails.some((e) => e.startsWith(kept.toLowerCase()))).toBe(true)

    const mails = await db.select().from(outboundEmails).where(eq(outboundEmails.template, 'search-alert'))
    const bodies = mails.map((m) => m.textBody)
    expect(bodies).toContain(`${KEEP}-mail-body body`)
    expect(mails.filter((m) => m.toAddress.startsWith(GONE.toLowerCase()))).toEqual([])
    expect(mails.some((m) => m.toAddress.startsWith(KEEP.toLowerCase()) && m.bodyRemovedAt !== null && m.textBody === '')).toBe(true)

    const contacts = await db.select({ id: listings.id, contactName: listings.contactName }).from(listings).where(inArray(listings.id, [seeded.closedGone, seeded.expiredGone, seeded.closedKept].map(Number)))
    expect(Object.fromEntries(contacts.map((l) => [String(l.id), l.contactName]))).toEqual({ [seeded.closedGone]: null, [seeded.expiredGone]: null, [seeded.closedKept]: `${KEEP} Kontakt` })

    // The scan: no column of any table and no stored file holds anything of the expired items.
    expect(await findEverywhere(db, GONE)).toEqual([])
    expect(await findInUploads(uploadsDir, GONE)).toEqual([])
    // …while what is still within its period is all there.
    expect((await findEverywhere(db, KEEP)).sort()).toEqual(
      [
        'application_events.text',
        'applications.cover_letter',
        'audit_log.target_id',
        'content_reports.reporter_email',
        'content_reports.reporter_name',
        'counselling_notes.text',
        'documents.original_name',
        'email_tokens.email',
        'email_tokens.id',
        'listings.contact_name',
        'outbound_emails.html_body',
        'outbound_emails.subject',
        'outbound_emails.text_body',
        'outbound_emails.to_address',
        'rate_limits.key',
        'sessions.id',
        'users.email',
        'users.name',
      ].sort(),
    )
    expect((await findInUploads(uploadsDir, KEEP)).length).toBe(3)
    expect(await db.select({ id: documents.id }).from(documents).where(and(eq(documents.originalName, `${KEEP}-unverified-file-cv.pdf`)))).toHaveLength(1)
  })

  it('tells the seeker 14 days before an application’s data goes, once, in their language', async () => {
    const english = (await mailsTo(seeded.seeker)).filter((m) => m.template === 'application-data-deletion')
    const german = (await mailsTo(seeded.hiredSeeker)).filter((m) => m.template === 'application-data-deletion')
    // The old application was announced 14 days ago; the kept one today, two weeks ahead of its date.
    expect(english).toHaveLength(2)
    expect(german).toHaveLength(1)
    expect(english.every((m) => m.subject.startsWith('Your application'))).toBe(true)
    expect(english.map((m) => m.textBody).join('\n')).toContain(`/me/applications/${seeded.keptApp}`)
    expect(german[0].subject).toMatch(/^Ihre Bewerbung „.+“: Anschreiben und Nachrichten werden am \d{1,2}\. \p{L}+ \d{4} gelöscht$/u)
    expect(german[0].textBody).toContain('Hallo Eingestellter Person,')
  })

  it('warns an inactive person in their language, deletes the account 3 months later, and spares one who signed in', async () => {
    expect(await mailsTo(seeded.inactiveGone)).toEqual([])
    const german = await mailsTo(seeded.inactiveStays)
    expect(german).toHaveLength(1)
    expect(german[0]).toMatchObject({ template: 'account-inactive' })
    expect(german[0].subject).toMatch(/^Ihr Passgenau-Konto wird am .+ gelöscht$/)
    expect(german[0].textBody).toContain('Ihre letzte Anmeldung bei Passgenau liegt mehr als 24 Monate zurück.')
    expect(german[0].textBody).toContain('/login')
    // Told once, in English; signing in afterwards kept the account (and no second notice followed).
    const english = await mailsTo(seeded.returned)
    expect(english.map((m) => m.template)).toEqual(['account-inactive'])
    expect(english[0].subject).toMatch(/^Your Passgenau account will be deleted on \d{1,2} \p{L}+ \d{4}$/u)
    expect(english[0].textBody).toContain('It has been more than 24 months since you last signed in to Passgenau.')
  })
})
