import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { counsellingNotes, counsellingRecommendations, seekerProfiles, type User } from '../../../db/schema'
import { seedListing, seedOrganization, pickPlace } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { Invalid } from '~/utils/errors'
import { checkWith, type Checked } from '~/utils/form-check'
import { parseWith } from '~/utils/forms.server'
import { createApplication, createCompanyWithListing, createSeeker, mailsTo } from '../applications/applications.test-helper'
import { getRecommendations } from '../matching/recommendations.server'
import { addCaseNote, recommendListing } from './case-actions.server'
import { getCase, listCaseload } from './caseload.server'
import { changeConsent, listChamberConsents } from './consents.server'
import { ConsentChange, NoteForm, RecommendForm } from './counselling.schema'

process.env.UPLOADS_DIR ??= mkdtempSync(join(tmpdir(), 'passgenau-counselling-'))
const ctx = setupAppDatabase()

let company: Awaited<ReturnType<typeof createCompanyWithListing>>
let chamberA = ''
let chamberB = ''
let counsellorA: User
let counsellorB: User

beforeAll(async () => {
  company = await createCompanyWithListing(ctx.db, { name: 'Harzer Elektro GmbH' })
  chamberA = (await seedOrganization(ctx.db, { kind: 'chamber', name: 'Handwerkskammer A' })).id
  chamberB = (await seedOrganization(ctx.db, { kind: 'chamber', name: 'Kreishandwerkerschaft B' })).id
  counsellorA = await seedUser(ctx.db, { role: 'chamber', name: 'Karla Beraterin', memberOf: { organizationId: chamberA, role: 'counsellor' } })
  counsellorB = await seedUser(ctx.db, { role: 'chamber', memberOf: { organizationId: chamberB, role: 'counsellor' } })
})

const grant = (seekerId: string, chamberId: string) => changeConsent(seekerId, { intent: 'grant', chamberId })
const revoke = (seekerId: string, chamberId: string) => changeConsent(seekerId, { intent: 'revoke', chamberId })
const caseIds = async (chamberId: string) => (await listCaseload(chamberId)).map((c) => c.seekerId)
const asA = <T>(seekerId: string, input: Checked<T>) => ({ chamberId: chamberA, seekerId, actorId: counsellorA.id, input })
const asB = <T>(seekerId: string, input: Checked<T>) => ({ chamberId: chamberB, seekerId, actorId: counsellorB.id, input })
/** The case page's forms, parsed as its route parses them. */
const note = (fields: Record<string, unknown>) => checkWith(NoteForm, fields)
const pick = (fields: Record<string, unknown>) => checkWith(RecommendForm, fields)

describe('counselling consent and caseload', () => {
  it('shows staff only the seekers who consented to their own chamber', async () => {
    const [toA, toB, nobody] = await Promise.all([createSeeker(ctx.db), createSeeker(ctx.db), createSeeker(ctx.db)])
    await grant(toA.id, chamberA)
    await grant(toA.id, chamberA)
    await grant(toB.id, chamberB)
    expect(await caseIds(chamberA)).toEqual([toA.id])
    expect(await caseIds(chamberB)).toEqual([toB.id])
    expect((await caseIds(chamberA)).concat(await caseIds(chamberB))).not.toContain(nobody.id)
    const consents = await listChamberConsents(toA.id)
    expect(consents.map((c) => [c.name, c.grantedAt !== null])).toEqual([
      ['Handwerkskammer A', true],
      ['Kreishandwerkerschaft B', false],
    ])
    await revoke(toA.id, chamberA)
    await revoke(toB.id, chamberB)
  })

  it('gives staff of another chamber the same 404 as for a stranger, for reading and for writing', async () => {
    const seeker = await createSeeker(ctx.db)
    await grant(seeker.id, chamberA)
    await expect(getCase({ chamberId: chamberB, seekerId: seeker.id }, { lang: 'de' })).rejects.toMatchObject({ status: 404 })
    await expect(addCaseNote(asB(seeker.id, note({ text: 'Notiz' })))).rejects.toMatchObject({ status: 404 })
    await expect(recommendListing(asB(seeker.id, pick({ listingId: company.listing.id })))).rejects.toMatchObject({ status: 404 })
    await expect(getCase({ chamberId: chamberA, seekerId: 'not-a-uuid' }, { lang: 'de' })).rejects.toMatchObject({ status: 404 })
    expect(await ctx.db.select().from(counsellingNotes).where(eq(counsellingNotes.seekerId, seeker.id))).toEqual([])
    await expect(changeConsent(seeker.id, { intent: 'grant', chamberId: company.company.id })).rejects.toMatchObject({ status: 404 })
    expect(() => parseWith(ConsentChange, { intent: 'grant', chamberId: 'x' })).toThrow(Invalid)
  })

  it('shows the case: profile, best matches, application statuses, and notes with author and date', async () => {
    const home = await pickPlace(ctx.db)
    const seeker = await createSeeker(ctx.db, { name: 'Sina Sucher' })
    await ctx.db.insert(seekerProfiles).values({ userId: seeker.id, homePlaceId: home.id, travelKm: 50, germanLevel: 'C1', certificate: 'mittlere-reife' })
    await createApplication(ctx.db, { listingId: company.listing.id, seekerId: seeker.id })
    const near = await seedListing(ctx.db, { organizationId: company.company.id, placeId: home.id, title: 'Mechatroniker/in (m/w/d)', minGerman: 'B1' })
    await grant(seeker.id, chamberA)
    const now = new Date('2026-03-02T09:00:00Z')
    await addCaseNote({ ...asA(seeker.id, note({ text: 'Erstgespräch geführt.' })), now })
    await expect(addCaseNote(asA(seeker.id, note({ text: '   ' })))).rejects.toMatchObject({ fieldErrors: { text: 'form.required' } })
    const view = await getCase({ chamberId: chamberA, seekerId: seeker.id }, { lang: 'de' })
    expect(view.name).toBe('Sina Sucher')
    expect(view.facts).toMatchObject({ germanLevel: 'C1', certificate: 'mittlere-reife', homePlace: home.name })
    expect(view.matches.map((m) => m.listing.id)).toContain(near.id)
    expect(view.applications).toEqual([expect.objectContaining({ listingTitle: 'Elektroniker/in (m/w/d)', companyName: 'Harzer Elektro GmbH', status: 'received' })])
    expect(view.notes).toEqual([{ id: expect.any(Number), text: 'Erstgespräch geführt.', authorName: 'Karla Beraterin', createdAt: now.toISOString() }])
    expect(JSON.stringify(view)).not.toContain(seeker.email)
    expect((await listCaseload(chamberA)).find((c) => c.seekerId === seeker.id)).toMatchObject({ noteCount: 1, lastNoteAt: now.toISOString(), homePlace: home.name })
    await revoke(seeker.id, chamberA)
  })

  it('recommends an open listing once, mails the seeker in their language, and refuses a closed one', async () => {
    const seeker = await createSeeker(ctx.db, { lang: 'en' })
    await grant(seeker.id, chamberA)
    await recommendListing(asA(seeker.id, pick({ listingId: String(company.listing.id), note: 'Good fit for your internship.' })))
    const mail = (await mailsTo(ctx.db, seeker.email)).find((m) => m.subject === 'Handwerkskammer A recommends: Elektroniker/in (m/w/d)')
    expect(mail?.textBody).toContain('Good fit for your internship.')
    expect(mail?.textBody).toContain(`/jobs/${company.listing.id}`)
    await expect(recommendListing(asA(seeker.id, pick({ listingId: company.listing.id })))).rejects.toMatchObject({ status: 409, fieldErrors: { listingId: 'counselling.recommend.already' } })
    const closed = await seedListing(ctx.db, { organizationId: company.company.id, status: 'closed' })
    await expect(recommendListing(asA(seeker.id, pick({ listingId: closed.id })))).rejects.toMatchObject({ fieldErrors: { listingId: 'counselling.recommend.notOpen' } })
    await expect(recommendListing(asA(seeker.id, pick({ listingId: '' })))).rejects.toMatchObject({ fieldErrors: { listingId: 'counselling.recommend.choose' } })
    const view = await getCase({ chamberId: chamberA, seekerId: seeker.id }, { lang: 'de' })
    expect(view.recommendations).toEqual([expect.objectContaining({ listingId: company.listing.id, note: 'Good fit for your internship.', counsellorName: 'Karla Beraterin', isOpen: true })])
    await revoke(seeker.id, chamberA)
  })

  it('removes the case with its notes and recommendations as soon as the seeker revokes', async () => {
    const seeker = await createSeeker(ctx.db)
    await grant(seeker.id, chamberA)
    await grant(seeker.id, chamberB)
    await addCaseNote(asA(seeker.id, note({ text: 'Bewerbungstraining vereinbart.' })))
    await recommendListing(asA(seeker.id, pick({ listingId: company.listing.id })))
    await addCaseNote(asB(seeker.id, note({ text: 'Notiz der anderen Kammer.' })))
    expect((await getRecommendations(seeker.id, { lang: 'de', search: null })).picks).toHaveLength(1)

    await revoke(seeker.id, chamberA)

    expect(await caseIds(chamberA)).not.toContain(seeker.id)
    await expect(getCase({ chamberId: chamberA, seekerId: seeker.id }, { lang: 'de' })).rejects.toMatchObject({ status: 404 })
    await expect(addCaseNote(asA(seeker.id, note({ text: 'Zu spät.' })))).rejects.toMatchObject({ status: 404 })
    const notes = await ctx.db.select({ chamberId: counsellingNotes.chamberId }).from(counsellingNotes).where(eq(counsellingNotes.seekerId, seeker.id))
    expect(notes).toEqual([{ chamberId: chamberB }])
    expect(await ctx.db.select().from(counsellingRecommendations).where(eq(counsellingRecommendations.seekerId, seeker.id))).toEqual([])
    expect((await getRecommendations(seeker.id, { lang: 'de', search: null })).picks).toEqual([])
    // The other chamber's case is untouched.
    expect(await caseIds(chamberB)).toContain(seeker.id)
    await revoke(seeker.id, chamberB)
  })
})
