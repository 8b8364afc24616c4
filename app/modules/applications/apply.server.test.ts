import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { applicationDocuments, applicationEvents, applications, type NewListing } from '../../../db/schema'
import { seedListing } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { checkWith } from '~/utils/form-check'
import { ApplyForm } from './applications.schema'
import { hitRateLimit, RATE_LIMITS } from '../security/rate-limit.server'
import { applyToListing, getApplyPage } from './apply.server'
import { createCompanyWithListing, createDocument, createSeeker, mailsTo } from './applications.test-helper'

process.env.UPLOADS_DIR ??= mkdtempSync(join(tmpdir(), 'passgenau-apply-'))
const ctx = setupAppDatabase()
const DAY = 86_400_000

let setup: Awaited<ReturnType<typeof createCompanyWithListing>>
beforeAll(async () => {
  setup = await createCompanyWithListing(ctx.db)
})

describe('applying', () => {
  it('sends one application per listing; a second try returns the first', async () => {
    const seeker = await createSeeker(ctx.db, { name: 'Samira Suchende', lang: 'de' })
    const cv = await createDocument(ctx.db, seeker.id)
    const first = await applyToListing({ listingId: setup.listing.id, seekerId: seeker.id, input: ApplyForm.parse({ coverLetter: 'Ich möchte gern bei Ihnen lernen.', documentIds: [cv.id] }) })
    expect(first.isNew).toBe(true)
    const again = await applyToListing({ listingId: setup.listing.id, seekerId: seeker.id, input: ApplyForm.parse({ coverLetter: 'Noch einmal' }) })
    expect(again).toEqual({ id: first.id, isNew: false })

    const rows = await ctx.db.select().from(applications).where(eq(applications.seekerId, seeker.id))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ status: 'received', coverLetter: 'Ich möchte gern bei Ihnen lernen.' })
    expect(await ctx.db.select().from(applicationDocuments).where(eq(applicationDocuments.applicationId, first.id))).toEqual([{ applicationId: first.id, documentId: cv.id }])
    const events = await ctx.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, first.id))
    expect(events).toEqual([expect.objectContaining({ kind: 'status', toStatus: 'received', fromSide: 'seeker', actorId: seeker.id })])

    const page = await getApplyPage({ listingId: setup.listing.id, seekerId: seeker.id })
    expect(page.existingId).toBe(first.id)
  })

  it('confirms to the seeker and tells every member of the company, without the applicant’s name', async () => {
    const seeker = await createSeeker(ctx.db, { name: 'Karla Konfirm', lang: 'en' })
    const { id } = await applyToListing({ listingId: setup.listing.id, seekerId: seeker.id, input: ApplyForm.parse({}) })
    const confirmation = await mailsTo(ctx.db, seeker.email)
    expect(confirmation).toHaveLength(1)
    expect(confirmation[0].subject).toBe('Your application for “Elektroniker/in (m/w/d)” has arrived')
    expect(confirmation[0].textBody).toContain(`/me/applications/${id}`)
    const owner = (await mailsTo(ctx.db, setup.owner.email)).filter((m) => m.textBody.includes(id))
    const recruiter = (await mailsTo(ctx.db, setup.recruiter.email)).filter((m) => m.textBody.includes(id))
    expect(owner).toHaveLength(1)
    expect(owner[0].subject).toBe('Neue Bewerbung auf „Elektroniker/in (m/w/d)“')
    expect(owner[0].textBody).toContain(`/employer/applications/${id}`)
    expect(recruiter[0].subject).toBe('New application for “Elektroniker/in (m/w/d)”')
    expect(owner[0].textBody + recruiter[0].textBody).not.toContain('Karla')
  })

  it('refuses closed and expired listings and passed deadlines, and does not know drafts', async () => {
    const seeker = await createSeeker(ctx.db)
    const { company } = setup
    const now = new Date()
    const cases = {
      closed: await createCompanyListing({ status: 'closed' }),
      expired: await createCompanyListing({ expiresAt: new Date(now.getTime() - DAY) }),
      deadline: await createCompanyListing({ applicationDeadline: new Date(now.getTime() - 2 * DAY).toISOString().slice(0, 10) }),
    }
    await expect(applyToListing({ listingId: cases.closed, seekerId: seeker.id, input: ApplyForm.parse({}) })).rejects.toMatchObject({ formError: 'applications.apply.closed' })
    await expect(applyToListing({ listingId: cases.expired, seekerId: seeker.id, input: ApplyForm.parse({}) })).rejects.toMatchObject({ formError: 'applications.apply.closed' })
    await expect(applyToListing({ listingId: cases.deadline, seekerId: seeker.id, input: ApplyForm.parse({}) })).rejects.toMatchObject({ formError: 'applications.apply.deadlinePassed' })
    expect((await getApplyPage({ listingId: cases.deadline, seekerId: seeker.id })).refusal).toBe('deadline')
    const draft = await createCompanyListing({ status: 'draft', publishedAt: null })
    await expect(applyToListing({ listingId: draft, seekerId: seeker.id, input: ApplyForm.parse({}) })).rejects.toMatchObject({ status: 404 })
    expect(await ctx.db.select().from(applications).where(eq(applications.seekerId, seeker.id))).toEqual([])

    async function createCompanyListing(overrides: Partial<NewListing>) {
      return (await seedListing(ctx.db, { organizationId: company.id, ...overrides })).id
    }
  })

  it('asks for a confirmed e-mail address first', async () => {
    const seeker = await createSeeker(ctx.db, { emailVerifiedAt: null })
    await expect(applyToListing({ listingId: setup.listing.id, seekerId: seeker.id, input: ApplyForm.parse({}) })).rejects.toMatchObject({ formError: 'applications.apply.unverified' })
    expect((await getApplyPage({ listingId: setup.listing.id, seekerId: seeker.id })).isVerified).toBe(false)
  })

  it('attaches only the seeker’s own documents and keeps the cover letter within 5000 characters', async () => {
    const seeker = await createSeeker(ctx.db)
    const someoneElse = await createSeeker(ctx.db)
    const foreign = await createDocument(ctx.db, someoneElse.id)
    await expect(applyToListing({ listingId: setup.listing.id, seekerId: seeker.id, input: ApplyForm.parse({ documentIds: [foreign.id] }) })).rejects.toMatchObject({
      fieldErrors: { documentIds: 'applications.documents.invalid' },
    })
    // The route parses the form with the schema before anything is sent.
    expect(checkWith(ApplyForm, { coverLetter: 'x'.repeat(5001) })).toMatchObject({
      ok: false,
      errors: { coverLetter: 'applications.coverLetter.tooLong' },
    })
    expect(await ctx.db.select().from(applications).where(eq(applications.seekerId, seeker.id))).toEqual([])
  })

  it('limits applying to 20 an hour per person', async () => {
    const seeker = await createSeeker(ctx.db)
    for (let i = 0; i < RATE_LIMITS.applyPerUser.limit; i++) await hitRateLimit(`apply:user:${seeker.id}`, RATE_LIMITS.applyPerUser)
    await expect(applyToListing({ listingId: setup.listing.id, seekerId: seeker.id, input: ApplyForm.parse({}) })).rejects.toMatchObject({ status: 429 })
  })
})
