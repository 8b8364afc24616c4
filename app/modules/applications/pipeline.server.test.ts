import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { applicationEvents, applications, seekerProfiles } from '../../../db/schema'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { checkWith } from '~/utils/form-check'
import { ApplyForm, MessageForm, StatusForm, WithdrawForm } from './applications.schema'
import { applyToListing } from './apply.server'
import { createCompanyWithListing, createDocument, createSeeker, mailsTo } from './applications.test-helper'
import { addInternalNote, changeApplicationStatus, sendCompanyMessage } from './pipeline-actions.server'
import { getApplicationDocumentForEmployer, getApplicationForEmployer, listCompanyApplications } from './pipeline.server'
import { getMyApplication, sendSeekerMessage, withdrawApplication } from './seeker-applications.server'

process.env.UPLOADS_DIR ??= mkdtempSync(join(tmpdir(), 'passgenau-pipeline-'))
const ctx = setupAppDatabase()

let a: Awaited<ReturnType<typeof createCompanyWithListing>>
let b: Awaited<ReturnType<typeof createCompanyWithListing>>

beforeAll(async () => {
  a = await createCompanyWithListing(ctx.db, { name: 'Betrieb A' })
  b = await createCompanyWithListing(ctx.db, { name: 'Betrieb B' })
})

async function applicationOf(lang: 'de' | 'en' = 'de', withDocument = false) {
  const seeker = await createSeeker(ctx.db, { lang })
  const doc = withDocument ? await createDocument(ctx.db, seeker.id) : null
  const { id } = await applyToListing({ listingId: a.listing.id, seekerId: seeker.id, input: ApplyForm.parse({ documentIds: doc ? [doc.id] : [] }) })
  return { seeker, id, doc }
}

const asA = (applicationId: string) => ({ organizationId: a.company.id, applicationId, actorId: a.recruiter.id })
const asB = (applicationId: string) => ({ organizationId: b.company.id, applicationId, actorId: b.recruiter.id })

describe('the applicant pipeline', () => {
  it('records each status change with its actor and mails the seeker in their language', async () => {
    const { seeker, id } = await applicationOf('en')
    const now = new Date()
    await changeApplicationStatus({ ...asA(id), input: checkWith(StatusForm, { status: 'in_review' }), now })
    await changeApplicationStatus({ ...asA(id), input: checkWith(StatusForm, { status: 'interview', text: 'Can you come on Monday at 10?' }) })
    const events = await ctx.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).orderBy(applicationEvents.id)
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.actorId])).toEqual([
      ['status', null, 'received', seeker.id],
      ['status', 'received', 'in_review', a.recruiter.id],
      ['status', 'in_review', 'interview', a.recruiter.id],
      ['message', null, null, a.recruiter.id],
    ])
    const mails = (await mailsTo(ctx.db, seeker.email)).filter((m) => m.subject.startsWith('Your application for “Elektroniker/in (m/w/d)”:'))
    expect(mails.map((m) => m.subject)).toEqual(['Your application for “Elektroniker/in (m/w/d)”: In review', 'Your application for “Elektroniker/in (m/w/d)”: Interview'])
    expect(mails[1].textBody).toContain('Can you come on Monday at 10?')
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, id))
    expect(row.firstReplyAt).toEqual(now)
    await expect(changeApplicationStatus({ ...asA(id), input: checkWith(StatusForm, { status: 'interview' }) })).rejects.toMatchObject({ fieldErrors: { status: 'applications.status.same' } })
  })

  it('mails German seekers in German', async () => {
    const { seeker, id } = await applicationOf('de')
    await changeApplicationStatus({ ...asA(id), input: checkWith(StatusForm, { status: 'offer' }) })
    expect((await mailsTo(ctx.db, seeker.email)).map((m) => m.subject)).toContain('Ihre Bewerbung auf „Elektroniker/in (m/w/d)“: Angebot')
  })

  it('never shows internal notes to the seeker', async () => {
    const { seeker, id } = await applicationOf()
    await addInternalNote({ ...asA(id), input: checkWith(MessageForm, { text: 'Geheime Einschätzung: sehr gute Noten' }) })
    await sendCompanyMessage({ ...asA(id), input: checkWith(MessageForm, { text: 'Danke für Ihre Bewerbung!' }) })
    const company = await getApplicationForEmployer({ organizationId: a.company.id, applicationId: id })
    expect(company.timeline.map((e) => e.kind)).toEqual(['status', 'note', 'message'])
    const mine = await getMyApplication({ applicationId: id, seekerId: seeker.id })
    expect(mine.timeline.map((e) => e.kind)).toEqual(['status', 'message'])
    expect(JSON.stringify(mine)).not.toContain('Geheime Einschätzung')
    expect(JSON.stringify(await mailsTo(ctx.db, seeker.email))).not.toContain('Geheime Einschätzung')
  })

  it('offers the rejection template in the applicant’s language and shows the languages of their profile', async () => {
    const english = await applicationOf('en')
    await ctx.db.insert(seekerProfiles).values({
      userId: english.seeker.id,
      germanLevel: 'A2',
      languages: [{ code: 'uk', level: 'native' }, { code: 'en', level: 'B2' }],
    })
    const detail = await getApplicationForEmployer({ organizationId: a.company.id, applicationId: english.id })
    expect(detail.seekerLang).toBe('en')
    expect(detail.rejectionTemplate).toMatch(/^thank you for your application as Elektroniker\/in \(m\/w\/d\) and for your interest in Betrieb A\./)
    expect(detail.rejectionTemplate).not.toContain('keine Bewertung Ihrer Person')
    expect(detail.facts).toMatchObject({ germanLevel: 'A2', languages: [{ code: 'uk', level: 'native' }, { code: 'en', level: 'B2' }] })
    const german = await applicationOf('de')
    expect((await getApplicationForEmployer({ organizationId: a.company.id, applicationId: german.id })).rejectionTemplate).toContain('keine Bewertung Ihrer Person')
  })

  it('rejects with the team’s words, and lets the seeker withdraw an open application', async () => {
    const first = await applicationOf('de')
    const detail = await getApplicationForEmployer({ organizationId: a.company.id, applicationId: first.id })
    expect(detail.rejectionTemplate).toContain('keine Bewertung Ihrer Person')
    await changeApplicationStatus({ ...asA(first.id), input: checkWith(StatusForm, { status: 'rejected', text: detail.rejectionTemplate }) })
    const rejection = (await mailsTo(ctx.db, first.seeker.email)).find((m) => m.subject.endsWith('Abgesagt'))
    expect(rejection?.textBody).toContain('keine Bewertung Ihrer Person')
    await expect(withdrawApplication({ applicationId: first.id, seekerId: first.seeker.id, input: checkWith(WithdrawForm, {}) })).rejects.toMatchObject({ formError: 'applications.withdraw.notOpen' })

    const second = await applicationOf('de')
    await withdrawApplication({ applicationId: second.id, seekerId: second.seeker.id, input: checkWith(WithdrawForm, { reason: 'Ich habe eine andere Stelle.' }) })
    const view = await getApplicationForEmployer({ organizationId: a.company.id, applicationId: second.id })
    expect(view.status).toBe('withdrawn')
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'withdrawn', text: 'Ich habe eine andere Stelle.' })
    expect(view.targets).toEqual([])
    expect((await mailsTo(ctx.db, a.owner.email)).some((m) => m.subject === 'Bewerbung auf „Elektroniker/in (m/w/d)“ zurückgezogen')).toBe(true)
    await expect(changeApplicationStatus({ ...asA(second.id), input: checkWith(StatusForm, { status: 'in_review' }) })).rejects.toMatchObject({ formError: 'applications.status.withdrawn.closed' })
  })

  it('lets the seeker and the company message each other', async () => {
    const { seeker, id } = await applicationOf()
    await sendSeekerMessage({ applicationId: id, seekerId: seeker.id, input: checkWith(MessageForm, { text: 'Gibt es Parkplätze?' }) })
    await sendCompanyMessage({ ...asA(id), input: checkWith(MessageForm, { text: 'Ja, direkt am Tor.' }) })
    const mine = await getMyApplication({ applicationId: id, seekerId: seeker.id })
    expect(mine.timeline.filter((e) => e.kind === 'message').map((e) => [e.fromSide, e.text])).toEqual([
      ['seeker', 'Gibt es Parkplätze?'],
      ['company', 'Ja, direkt am Tor.'],
    ])
    const toCompany = (await mailsTo(ctx.db, a.owner.email)).filter((m) => m.textBody.includes(id) && m.subject.startsWith('Neue Nachricht'))
    expect(toCompany).toHaveLength(1)
    expect(toCompany[0].textBody).not.toContain('Parkplätze')
    expect((await mailsTo(ctx.db, seeker.email)).some((m) => m.textBody.includes('Ja, direkt am Tor.'))).toBe(true)
  })

  it('gives the company the documents the applicant sent, and nothing else', async () => {
    const { id, doc, seeker } = await applicationOf('de', true)
    const file = await getApplicationDocumentForEmployer({ organizationId: a.company.id, applicationId: id, documentId: doc!.id })
    expect(file.contentType).toBe('application/pdf')
    expect(file.fileName).toBe('Lebenslauf.pdf')
    const unsent = await createDocument(ctx.db, seeker.id, 'Privat.pdf')
    await expect(getApplicationDocumentForEmployer({ organizationId: a.company.id, applicationId: id, documentId: unsent.id })).rejects.toMatchObject({ status: 404 })
  })
})

describe('another company', () => {
  it('gets 404 for every page and action of company A’s applications, documents included', async () => {
    const { id, doc } = await applicationOf('de', true)
    const notFound = { status: 404 }
    await expect(listCompanyApplications({ organizationId: b.company.id, listingId: a.listing.id })).rejects.toMatchObject(notFound)
    expect((await listCompanyApplications({ organizationId: b.company.id })).items.map((i) => i.id)).not.toContain(id)
    await expect(getApplicationForEmployer({ organizationId: b.company.id, applicationId: id })).rejects.toMatchObject(notFound)
    await expect(changeApplicationStatus({ ...asB(id), input: checkWith(StatusForm, { status: 'in_review' }) })).rejects.toMatchObject(notFound)
    await expect(changeApplicationStatus({ ...asB(id), input: checkWith(StatusForm, { status: 'rejected', text: 'Nein' }) })).rejects.toMatchObject(notFound)
    await expect(sendCompanyMessage({ ...asB(id), input: checkWith(MessageForm, { text: 'Hallo' }) })).rejects.toMatchObject(notFound)
    await expect(addInternalNote({ ...asB(id), input: checkWith(MessageForm, { text: 'Notiz' }) })).rejects.toMatchObject(notFound)
    await expect(getApplicationDocumentForEmployer({ organizationId: b.company.id, applicationId: id, documentId: doc!.id })).rejects.toMatchObject(notFound)
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, id))
    expect(row.status).toBe('received')
    expect((await ctx.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id))).length).toBe(1)
  })

  it('and so does anything that is not an application id', async () => {
    await expect(getApplicationForEmployer({ organizationId: a.company.id, applicationId: 'nope' })).rejects.toMatchObject({ status: 404 })
    await expect(getApplicationForEmployer({ organizationId: a.company.id, applicationId: crypto.randomUUID() })).rejects.toMatchObject({ status: 404 })
  })
})

describe('another seeker', () => {
  it('gets 404 for someone else’s application and cannot act on it', async () => {
    const { id } = await applicationOf()
    const other = await createSeeker(ctx.db)
    await expect(getMyApplication({ applicationId: id, seekerId: other.id })).rejects.toMatchObject({ status: 404 })
    await expect(sendSeekerMessage({ applicationId: id, seekerId: other.id, input: checkWith(MessageForm, { text: 'Hallo' }) })).rejects.toMatchObject({ status: 404 })
    await expect(withdrawApplication({ applicationId: id, seekerId: other.id, input: checkWith(WithdrawForm, {}) })).rejects.toMatchObject({ status: 404 })
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, id))
    expect(row.status).toBe('received')
  })
})
