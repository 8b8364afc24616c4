import { and, count, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { listings, searchOutbox, type Occupation } from '../../../db/schema'
import { seedListing, seedOrganization, pickOccupation } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { Invalid, NotFound } from '~/utils/errors'
import { checkWith } from '~/utils/form-check'
import { CloseForm, parseListingForm } from './listing-form.schema'
import { closeListing, publishListing, renewListing } from './listing-lifecycle.server'
import { createListing, duplicateListing, getCompanyListing, listCompanyListings, updateListing } from './manage.server'

const ctx = setupAppDatabase()

// A test clock: every call gets `now`, so the date rules never depend on the day the tests run.
const NOW = new Date('2026-03-02T09:00:00Z')
const DAY = 86_400_000
const verified = { id: '00000000-0000-4000-8000-00000000000a', isVerified: true }
const unverified = { ...verified, isVerified: false }

let companyA: string
let companyB: string
let mechatronics: Occupation
let esco: Occupation

beforeAll(async () => {
  companyA = (await seedOrganization(ctx.db)).id
  companyB = (await seedOrganization(ctx.db)).id
  mechatronics = await pickOccupation(ctx.db, { name: 'Mechatroniker' })
  esco = await pickOccupation(ctx.db, { kind: 'esco' })
})

function jobFields(overrides: Record<string, unknown> = {}) {
  return {
    offerType: 'job',
    occupationId: String(mechatronics.id),
    title: 'Mechatroniker/in (m/w/d) in der Montage',
    description: '## Deine Aufgaben\n\n- Anlagen montieren\n- Störungen beheben',
    place: '38640 Goslar',
    workingTime: 'vollzeit',
    startDate: '2026-04-01',
    placesCount: '2',
    payPeriod: 'month',
    payMin: '2.800',
    payMax: '3400',
    minCertificate: 'hauptschule',
    minGerman: 'B1',
    needsDrivingLicence: 'on',
    benefits: ['shuttle', 'deutschlandticket'],
    applicationDeadline: '2026-03-31',
    contactName: 'Frau Beispiel',
    ...overrides,
  }
}

/** The form as the route parses it. */
const jobInput = (overrides: Record<string, unknown> = {}) => parseListingForm(jobFields(overrides))

function trainingInput(overrides: Record<string, unknown> = {}) {
  return jobInput({
    offerType: 'ausbildung',
    title: 'Ausbildung Mechatroniker/in (m/w/d) 2026',
    startDate: '2026-08-01',
    applicationDeadline: '',
    payPeriod: '',
    payMin: '',
    payMax: '',
    trainingYears: '4',
    allowance1: '1050',
    allowance2: '1120',
    allowance3: '1190',
    allowance4: '1250',
    ...overrides,
  })
}

async function rowCounts() {
  const [l] = await ctx.db.select({ n: count() }).from(listings)
  const [o] = await ctx.db.select({ n: count() }).from(searchOutbox)
  return { listings: Number(l.n), outbox: Number(o.n) }
}

async function outboxFor(id: number) {
  const [row] = await ctx.db.select({ n: count() }).from(searchOutbox).where(and(eq(searchOutbox.entity, 'listing'), eq(searchOutbox.entityId, String(id))))
  return Number(row.n)
}

/** Expects `run` to be refused with these field errors and to leave every table as it was. */
async function expectRefused(run: () => Promise<unknown>, fieldErrors: Record<string, string>) {
  const before = await rowCounts()
  const error = await run().catch((e: unknown) => e)
  expect(error).toBeInstanceOf(Invalid)
  expect((error as Invalid).fieldErrors).toMatchObject(fieldErrors)
  expect(await rowCounts()).toEqual(before)
}

const load = async (id: number) => (await ctx.db.select().from(listings).where(eq(listings.id, id)))[0]

describe('creating listings', () => {
  it('saves a draft with every field, and search does not hear of it', async () => {
    const id = await createListing({ organizationId: companyA, actor: verified, input: jobInput(), now: NOW })
    const row = await load(id)
    expect(row).toMatchObject({
      status: 'draft',
      offerType: 'job',
      payPeriod: 'month',
      payMin: 2800,
      payMax: 3400,
      trainingAllowances: null,
      placesCount: 2,
      needsDrivingLicence: true,
      benefits: ['shuttle', 'deutschlandticket'],
      applicationDeadline: '2026-03-31',
      publishedAt: null,
    })
    expect(await outboxFor(id)).toBe(0)
  })

  it('publishes an Ausbildung with an allowance per training year, in one transaction with its outbox row', async () => {
    const id = await createListing({ organizationId: companyA, actor: verified, input: trainingInput(), publish: true, now: NOW })
    const row = await load(id)
    expect(row).toMatchObject({ status: 'published', trainingAllowances: [1050, 1120, 1190, 1250], payMin: null, publishedAt: NOW })
    expect(row.expiresAt).toEqual(new Date(NOW.getTime() + 60 * DAY))
    expect(await outboxFor(id)).toBe(1)
  })

  it('ends a listing at its application deadline when that comes before 60 days', async () => {
    const id = await createListing({ organizationId: companyA, actor: verified, input: jobInput({ applicationDeadline: '2026-03-10' }), publish: true, now: NOW })
    expect((await load(id)).expiresAt).toEqual(new Date('2026-03-11T00:00:00+01:00'))
  })

  it('keeps the workplace languages in the list’s order and the German-course support', async () => {
    const input = jobInput({ workplaceLanguages: ['uk', 'de', 'uk', 'en'], supportsGermanCourse: 'on' })
    const row = await load(await createListing({ organizationId: companyA, actor: verified, input, now: NOW }))
    expect(row).toMatchObject({ workplaceLanguages: ['de', 'en', 'uk'], supportsGermanCourse: true })
    expect(await load(await createListing({ organizationId: companyA, actor: verified, input: jobInput(), now: NOW }))).toMatchObject({
      workplaceLanguages: [],
      supportsGermanCourse: false,
    })
  })

  it('refuses a workplace language outside the list with a field error, and writes nothing', async () => {
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: jobInput({ workplaceLanguages: ['de', 'klingon'] }), now: NOW }), {
      workplaceLanguages: 'employer.listing.workplaceLanguages.invalid',
    })
  })

  it('refuses a job without pay, and writes nothing', async () => {
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: jobInput({ payMin: '', payMax: '' }), publish: true, now: NOW }), {
      payMin: 'employer.pay.required',
    })
  })

  it('refuses an Ausbildung without allowances or below the statutory minimum', async () => {
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: trainingInput({ allowance3: '' }), now: NOW }), {
      allowance3: 'employer.pay.allowanceRequired',
    })
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: trainingInput({ allowance1: '700' }), now: NOW }), {
      allowance1: 'employer.pay.allowanceBelowMinimum',
    })
  })

  it('refuses pay out of bounds: an hourly wage below 12 €, a maximum below the minimum, cents', async () => {
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: jobInput({ payPeriod: 'hour', payMin: '9', payMax: '' }), now: NOW }), {
      payMin: 'employer.pay.belowMinimumHour',
    })
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: jobInput({ payMin: '3000', payMax: '2500' }), now: NOW }), {
      payMax: 'employer.pay.maxBelowMin',
    })
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: jobInput({ payPeriod: 'hour', payMin: '13,90', payMax: '' }), now: NOW }), {
      payMin: 'employer.pay.wholeEuros',
    })
  })

  it('refuses over-long texts with field errors', async () => {
    await expectRefused(
      () => createListing({ organizationId: companyA, actor: verified, input: jobInput({ title: 'T'.repeat(121), description: 'D'.repeat(10_001) }), publish: true, now: NOW }),
      { title: 'employer.listing.title.tooLong', description: 'employer.listing.description.tooLong' },
    )
  })

  it('refuses an unknown place and an unknown occupation, both at once', async () => {
    await expectRefused(
      () => createListing({ organizationId: companyA, actor: verified, input: jobInput({ place: '38640 Atlantis', occupationId: '99999999' }), now: NOW }),
      { place: 'employer.place.unknown', occupationId: 'employer.occupation.unknown' },
    )
  })

  it('shows the date, place and occupation problems together with the other fields’ errors', async () => {
    const input = jobInput({ title: 'Kurz', payMin: '', startDate: '2026-03-01', applicationDeadline: '2026-02-28', place: '38640 Atlantis', occupationId: String(esco.id), offerType: 'ausbildung' })
    const error = await createListing({ organizationId: companyA, actor: verified, input, now: NOW }).catch((e: unknown) => e)
    expect((error as Invalid).fieldErrors).toMatchObject({
      title: 'employer.listing.title.tooShort',
      startDate: 'employer.listing.start.past',
      applicationDeadline: 'employer.listing.deadline.past',
      place: 'employer.place.unknown',
      occupationId: 'employer.occupation.notTraining',
    })
  })

  it('offers an Ausbildung only in a recognised training occupation', async () => {
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: trainingInput({ occupationId: String(esco.id) }), now: NOW }), {
      occupationId: 'employer.occupation.notTraining',
    })
  })

  it('applies the date rules: no start or deadline in the past, a deadline at most a year after the start', async () => {
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: jobInput({ startDate: '2026-03-01' }), now: NOW }), {
      startDate: 'employer.listing.start.past',
    })
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: jobInput({ applicationDeadline: '2026-02-28' }), now: NOW }), {
      applicationDeadline: 'employer.listing.deadline.past',
    })
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: jobInput({ applicationDeadline: '2027-04-02' }), now: NOW }), {
      applicationDeadline: 'employer.listing.deadline.afterStart',
    })
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input: jobInput({ startDate: '2026-02-30' }), now: NOW }), {
      startDate: 'employer.date.invalid',
    })
    // Training often takes late applicants: a deadline after the start (within a year) is fine.
    const id = await createListing({ organizationId: companyA, actor: verified, input: trainingInput({ applicationDeadline: '2026-09-30' }), now: NOW })
    expect((await load(id)).applicationDeadline).toBe('2026-09-30')
  })

  it('publishes nothing for a member whose e-mail address is not confirmed', async () => {
    const before = await rowCounts()
    await expect(createListing({ organizationId: companyA, actor: unverified, input: jobInput(), publish: true, now: NOW })).rejects.toMatchObject({
      formError: 'employer.listing.publish.unverified',
    })
    expect(await rowCounts()).toEqual(before)
  })

  it('needs fair-wording hints fixed or confirmed before publishing', async () => {
    const input = jobInput({ description: 'Wir sind ein junges Team und suchen Muttersprachler.' })
    await expectRefused(() => createListing({ organizationId: companyA, actor: verified, input, publish: true, now: NOW }), {
      fairWordingConfirmed: 'employer.fairWording.confirmRequired',
    })
    const id = await createListing({ organizationId: companyA, actor: verified, input, publish: true, confirmFairWording: true, now: NOW })
    expect((await load(id)).status).toBe('published')
  })
})

describe('editing and the lifecycle', () => {
  it('sends edits of a published listing to search, not edits of a draft', async () => {
    const draft = await createListing({ organizationId: companyA, actor: verified, input: jobInput(), now: NOW })
    await updateListing({ organizationId: companyA, listingId: draft, actor: verified, input: jobInput({ title: 'Mechatroniker/in (m/w/d) Frühschicht' }), now: NOW })
    expect(await outboxFor(draft)).toBe(0)
    const live = await createListing({ organizationId: companyA, actor: verified, input: jobInput(), publish: true, now: NOW })
    await updateListing({ organizationId: companyA, listingId: live, actor: verified, input: jobInput({ payMax: '3600' }), now: NOW })
    expect(await outboxFor(live)).toBe(2)
    expect((await load(live)).payMax).toBe(3600)
  })

  it('changes nothing when an edit is refused', async () => {
    const id = await createListing({ organizationId: companyA, actor: verified, input: jobInput(), now: NOW })
    const before = await load(id)
    await expectRefused(() => updateListing({ organizationId: companyA, listingId: id, actor: verified, input: jobInput({ title: 'Neu (m/w/d)', payMin: '' }), now: NOW }), {
      payMin: 'employer.pay.required',
    })
    expect(await load(id)).toEqual(before)
  })

  it('keeps a stored start date that has passed since, but checks it again when publishing', async () => {
    const id = await createListing({ organizationId: companyA, actor: verified, input: jobInput({ applicationDeadline: '' }), now: NOW })
    const later = new Date('2026-04-15T09:00:00Z')
    await updateListing({ organizationId: companyA, listingId: id, actor: verified, input: jobInput({ applicationDeadline: '', placesCount: '3' }), now: later })
    await expect(publishListing({ organizationId: companyA, listingId: id, actor: verified, now: later })).rejects.toMatchObject({
      fieldErrors: { startDate: 'employer.listing.start.past' },
    })
    expect((await load(id)).status).toBe('draft')
  })

  it('publishes a draft, renews it for another 60 days and closes it with a reason', async () => {
    const id = await createListing({ organizationId: companyA, actor: verified, input: jobInput({ applicationDeadline: '' }), now: NOW })
    await publishListing({ organizationId: companyA, listingId: id, actor: verified, now: NOW })
    await ctx.db.update(listings).set({ expiryReminderSentAt: NOW }).where(eq(listings.id, id))
    const later = new Date(NOW.getTime() + 50 * DAY)
    await renewListing({ organizationId: companyA, listingId: id, actor: verified, now: later })
    expect(await load(id)).toMatchObject({ status: 'published', publishedAt: NOW, expiresAt: new Date(later.getTime() + 60 * DAY), expiryReminderSentAt: null })
    // The route refuses an unknown reason with the schema, before the module is called.
    expect(checkWith(CloseForm, { reason: 'because' })).toMatchObject({ ok: false, errors: { reason: 'employer.listing.close.reasonRequired' } })
    await closeListing({ organizationId: companyA, listingId: id, reason: 'filled-elsewhere', now: later })
    expect(await load(id)).toMatchObject({ status: 'closed', closedReason: 'filled-elsewhere' })
    expect(await outboxFor(id)).toBe(3)
    await expect(updateListing({ organizationId: companyA, listingId: id, actor: verified, input: jobInput(), now: later })).rejects.toMatchObject({
      formError: 'employer.listing.closedReadOnly',
    })
  })

  it('refuses to renew after the application deadline', async () => {
    const id = await createListing({ organizationId: companyA, actor: verified, input: jobInput({ applicationDeadline: '2026-03-05' }), publish: true, now: NOW })
    await expect(renewListing({ organizationId: companyA, listingId: id, actor: verified, now: new Date('2026-03-07T09:00:00Z') })).rejects.toMatchObject({
      formError: 'employer.listing.renew.deadlinePassed',
    })
  })

  it('duplicates a closed listing into a new draft with the same content', async () => {
    const id = await createListing({ organizationId: companyA, actor: verified, input: trainingInput(), publish: true, now: NOW })
    await closeListing({ organizationId: companyA, listingId: id, reason: 'filled-here', now: NOW })
    const copy = await duplicateListing({ organizationId: companyA, listingId: id, now: NOW })
    expect(copy).not.toBe(id)
    expect(await load(copy)).toMatchObject({
      status: 'draft',
      title: 'Ausbildung Mechatroniker/in (m/w/d) 2026',
      trainingAllowances: [1050, 1120, 1190, 1250],
      publishedAt: null,
      expiresAt: null,
      closedReason: null,
    })
  })

  it('lists the company’s listings with counts per status, and only its own', async () => {
    await seedListing(ctx.db, { organizationId: companyB, title: 'Fremdes Angebot (m/w/d)' })
    const { items, counts } = await listCompanyListings({ organizationId: companyA })
    expect(items.some((i) => i.title === 'Fremdes Angebot (m/w/d)')).toBe(false)
    expect(counts.draft + counts.published + counts.closed + counts.expired).toBe(items.length)
    const drafts = await listCompanyListings({ organizationId: companyA, status: 'draft' })
    expect(drafts.items.every((i) => i.status === 'draft')).toBe(true)
    expect(drafts.items).toHaveLength(counts.draft)
  })
})

describe('another company’s listing', () => {
  it('is not found for reading, editing, publishing, renewing, closing or duplicating, and stays untouched', async () => {
    const id = await createListing({ organizationId: companyA, actor: verified, input: jobInput(), now: NOW })
    const before = await load(id)
    const asB = { organizationId: companyB, listingId: id }
    const attempts: Array<() => Promise<unknown>> = [
      () => getCompanyListing(asB),
      () => updateListing({ ...asB, actor: verified, input: jobInput(), now: NOW }),
      // Even an invalid form: ownership is checked before any field error could tell the listing exists.
      () => updateListing({ ...asB, actor: verified, input: parseListingForm({}), now: NOW }),
      () => publishListing({ ...asB, actor: verified, now: NOW }),
      () => renewListing({ ...asB, actor: verified, now: NOW }),
      () => closeListing({ ...asB, reason: 'withdrawn', now: NOW }),
      () => duplicateListing({ ...asB, now: NOW }),
    ]
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFound)
    await expect(getCompanyListing({ organizationId: companyA, listingId: 2_147_483_647 })).rejects.toBeInstanceOf(NotFound)
    expect(await load(id)).toEqual(before)
  })
})
