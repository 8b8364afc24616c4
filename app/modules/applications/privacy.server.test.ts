import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { applicationDocuments, applicationEvents, applications } from '../../../db/schema'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { checkWith } from '~/utils/form-check'
import { ApplyForm, MessageForm, StatusForm } from './applications.schema'
import { findEverywhere } from '../../../tests/support/find-everywhere'
import { deleteAccount, exportUserData } from '../privacy/user-data.server'
import { applyToListing } from './apply.server'
import { createCompanyWithListing, createDocument, createSeeker, mailsTo } from './applications.test-helper'
import { addInternalNote, changeApplicationStatus, sendCompanyMessage } from './pipeline-actions.server'
import { getApplicationForEmployer, listCompanyApplications } from './pipeline.server'
import { sendSeekerMessage } from './seeker-applications.server'

process.env.UPLOADS_DIR ??= mkdtempSync(join(tmpdir(), 'passgenau-erasure-'))
const ctx = setupAppDatabase()
const PASSWORD = 'Brockenhexe auf dem Besen 1142'

describe('applications and the GDPR', () => {
  it('exports the seeker’s applications with their messages, without the company’s internal notes', async () => {
    const { company, owner, listing } = await createCompanyWithListing(ctx.db)
    const seeker = await createSeeker(ctx.db)
    const { id } = await applyToListing({ listingId: listing.id, seekerId: seeker.id, input: ApplyForm.parse({ coverLetter: 'Mein Anschreiben' }) })
    await sendCompanyMessage({ organizationId: company.id, applicationId: id, actorId: owner.id, input: checkWith(MessageForm, { text: 'Bitte kommen Sie vorbei.' }) })
    await addInternalNote({ organizationId: company.id, applicationId: id, actorId: owner.id, input: checkWith(MessageForm, { text: 'Intern: Favorit' }) })
    const data = await exportUserData(seeker.id)
    expect(data.applications).toEqual([
      expect.objectContaining({ listing: listing.title, status: 'received', coverLetter: 'Mein Anschreiben', timeline: [expect.objectContaining({ kind: 'status' }), expect.objectContaining({ kind: 'message', text: 'Bitte kommen Sie vorbei.' })] }),
    ])
    expect(JSON.stringify(data)).not.toContain('Intern: Favorit')
  })

  it('on deletion withdraws open applications, tells the company, and leaves only an anonymous record', async () => {
    const name = 'Gundula Gdprtest'
    const email = 'gundula.gdprtest@example.org'
    const { company, owner, listing } = await createCompanyWithListing(ctx.db, { name: 'Löschtest GmbH' })
    const second = await createCompanyWithListing(ctx.db, { name: 'Absage GmbH' })
    const seeker = await createSeeker(ctx.db, { name, email, password: PASSWORD })
    const cv = await createDocument(ctx.db, seeker.id, 'Gundula Lebenslauf.pdf')
    const open = await applyToListing({ listingId: listing.id, seekerId: seeker.id, input: ApplyForm.parse({ coverLetter: 'Viele Grüße, Gundula', documentIds: [cv.id] }) })
    const closed = await applyToListing({ listingId: second.listing.id, seekerId: seeker.id, input: ApplyForm.parse({}) })
    await sendSeekerMessage({ applicationId: open.id, seekerId: seeker.id, input: checkWith(MessageForm, { text: 'Hier schreibt Gundula.' }) })
    await sendCompanyMessage({ organizationId: company.id, applicationId: open.id, actorId: owner.id, input: checkWith(MessageForm, { text: 'Hallo Gundula!' }) })
    await addInternalNote({ organizationId: company.id, applicationId: open.id, actorId: owner.id, input: checkWith(MessageForm, { text: 'Gundula wirkt motiviert' }) })
    await changeApplicationStatus({ organizationId: second.company.id, applicationId: closed.id, actorId: second.owner.id, input: checkWith(StatusForm, { status: 'rejected', text: 'Leider nein, Gundula.' }) })
    expect(await findEverywhere(ctx.db, 'gundula')).not.toEqual([])

    await deleteAccount({ userId: seeker.id, currentPassword: PASSWORD })

    expect(await findEverywhere(ctx.db, email)).toEqual([])
    expect(await findEverywhere(ctx.db, name)).toEqual([])
    expect(await findEverywhere(ctx.db, 'gundula')).toEqual([])
    const rows = await ctx.db.select().from(applications).where(inArray(applications.id, [open.id, closed.id]))
    expect(rows.map((r) => [r.id, r.status, r.seekerId, r.coverLetter]).sort()).toEqual(
      [
        [open.id, 'withdrawn', null, ''],
        [closed.id, 'rejected', null, ''],
      ].sort(),
    )
    expect(await ctx.db.select().from(applicationDocuments).where(eq(applicationDocuments.applicationId, open.id))).toEqual([])
    const events = await ctx.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, open.id))
    expect(events.map((e) => e.kind)).toEqual(['status', 'withdrawn'])
    expect(events.every((e) => e.text === null && e.actorId === null)).toBe(true)

    const notice = (await mailsTo(ctx.db, owner.email)).filter((m) => m.subject === `Bewerbung auf „${listing.title}“ zurückgezogen`)
    expect(notice).toHaveLength(1)
    expect(notice[0].textBody).toContain('Konto gelöscht')
    expect((await mailsTo(ctx.db, second.owner.email)).some((m) => m.subject.includes('zurückgezogen'))).toBe(false)

    const view = await getApplicationForEmployer({ organizationId: company.id, applicationId: open.id })
    expect(view).toMatchObject({ applicant: null, facts: null, documents: [], coverLetter: '', status: 'withdrawn', targets: [] })
    const list = await listCompanyApplications({ organizationId: company.id, listingId: listing.id })
    expect(list.items.find((i) => i.id === open.id)).toMatchObject({ applicantName: null, status: 'withdrawn' })
  })
})
