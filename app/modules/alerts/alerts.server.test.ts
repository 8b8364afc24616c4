import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { outboundEmails, savedSearches, type User } from '../../../db/schema'
import { seedListing, seedOrganization, pickPlace } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { action as unsubscribeAction, loader as unsubscribeLoader } from '../../routes/alerts.unsubscribe'
import { indexListings, prepareListingIndex } from '../search/search-index.test-helper'
import { sendDueAlerts } from './alerts.server'
import { saveSearch } from './saved-searches.server'

const ctx = setupAppDatabase()
const search = createTestSearch()
const HOUR = 3_600_000
const DAY = 24 * HOUR
/** "Now" of the first run; listings and saved searches are placed around it. */
const T0 = new Date()
const at = (offset: number) => new Date(T0.getTime() + offset)
const titles = {
  fresh: 'Industriemechaniker/in (m/w/d) – neu seit heute früh',
  old: 'Industriemechaniker/in (m/w/d) – seit gestern Mittag',
  otherType: 'Praktikum Industriemechanik (m/w/d) – neu',
  justNow: 'Industriemechaniker/in (m/w/d) – gerade erst veröffentlicht',
}
let seeker: User

/** A saved search whose last run (or creation) lies `since` before T0. */
async function savedSearchFor(user: User, query: string, opts: { since: number; frequency?: 'daily' | 'weekly'; lastSentAt?: boolean }) {
  const { id } = await saveSearch({ userId: user.id, query, lang: user.lang })
  await ctx.db
    .update(savedSearches)
    .set({ createdAt: at(-opts.since), lastSeenPublishedAt: at(-opts.since), lastSentAt: opts.lastSentAt ? at(-opts.since) : null, frequency: opts.frequency ?? 'daily' })
    .where(eq(savedSearches.id, id))
  return id
}

const mailsTo = (user: User) => ctx.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, user.email))

beforeAll(async () => {
  await prepareListingIndex(ctx.db, search)
  const goslar = await pickPlace(ctx.db, { name: 'Goslar' })
  const company = await seedOrganization(ctx.db, { name: 'Oberharzer Maschinenbau GmbH', placeId: goslar.id })
  const job = { organizationId: company.id, offerType: 'job' as const, payPeriod: 'month' as const, payMin: 3000, payMax: 3400, trainingAllowances: null }
  const ids = [
    (await seedListing(ctx.db, { ...job, title: titles.fresh, publishedAt: at(-3 * HOUR) })).id,
    (await seedListing(ctx.db, { ...job, title: titles.old, publishedAt: at(-30 * HOUR) })).id,
    (await seedListing(ctx.db, { organizationId: company.id, offerType: 'praktikum', title: titles.otherType, publishedAt: at(-2 * HOUR) })).id,
    // Still on its way through the outbox as far as the alert knows: it waits for the next run.
    (await seedListing(ctx.db, { ...job, title: titles.justNow, publishedAt: at(-2 * 60_000) })).id,
  ]
  await indexListings(ctx.db, search, ids)
  seeker = await seedUser(ctx.db, { name: 'Mara Musterfrau' })
})

describe('sendDueAlerts', () => {
  it('mails only the new listings that match, with links to them, the search and unsubscribing', async () => {
    const id = await savedSearchFor(seeker, 'type=job&where=Goslar', { since: 25 * HOUR })
    const run = await sendDueAlerts(T0, { search })
    expect(run).toMatchObject({ mailed: 1, failed: 0 })
    const [mail, ...more] = await mailsTo(seeker)
    expect(more).toEqual([])
    expect(mail.subject).toBe('Neue Angebote für Ihre Suche „Goslar (+25 km) · Job“')
    expect(mail.textBody).toContain('Hallo Mara Musterfrau,')
    expect(mail.textBody).toContain('es gibt ein neues Angebot')
    expect(mail.textBody).toContain(titles.fresh)
    expect(mail.textBody).toContain('Oberharzer Maschinenbau GmbH, Goslar')
    for (const title of [titles.old, titles.otherType, titles.justNow]) expect(mail.textBody).not.toContain(title)
    expect(mail.textBody).toMatch(/http:\/\/[^\s]+\/jobs\/\d+-[a-z0-9-]+/)
    expect(mail.textBody).toContain('/jobs?where=Goslar&radius=25&type=job')
    expect(mail.textBody).toContain(`/alerts/unsubscribe?id=${id}&token=`)
  })

  it('does not mail the same listings twice when run again', async () => {
    expect(await sendDueAlerts(T0, { search })).toMatchObject({ due: 0, mailed: 0 })
    expect(await sendDueAlerts(at(2 * HOUR), { search })).toMatchObject({ due: 0, mailed: 0 })
    expect(await mailsTo(seeker)).toHaveLength(1)
  })

  it('mails next day what was too fresh to count the day before, and nothing old', async () => {
    expect(await sendDueAlerts(at(DAY), { search })).toMatchObject({ mailed: 1 })
    const mails = await mailsTo(seeker)
    expect(mails).toHaveLength(2)
    const latest = mails.find((m) => m.textBody.includes(titles.justNow))!
    expect(latest).toBeDefined()
    expect(latest.textBody).not.toContain(titles.fresh)
  })

  it('mails only when due: daily after a day, weekly after a week', async () => {
    const person = await seedUser(ctx.db)
    await savedSearchFor(person, 'type=job&q=Industriemechaniker', { since: 5 * HOUR, lastSentAt: true })
    await savedSearchFor(person, 'type=job', { since: 2 * DAY, frequency: 'weekly', lastSentAt: true })
    await sendDueAlerts(T0, { search })
    expect(await mailsTo(person)).toEqual([])

    const weekly = await seedUser(ctx.db)
    await savedSearchFor(weekly, 'type=job', { since: 7 * DAY, frequency: 'weekly', lastSentAt: true })
    await sendDueAlerts(T0, { search })
    expect(await mailsTo(weekly)).toHaveLength(1)
  })

  it('sends nothing when nothing new matches, and moves the window on', async () => {
    const person = await seedUser(ctx.db)
    const id = await savedSearchFor(person, 'type=eq', { since: 2 * DAY })
    await sendDueAlerts(T0, { search })
    expect(await mailsTo(person)).toEqual([])
    const [row] = await ctx.db.select().from(savedSearches).where(eq(savedSearches.id, id))
    expect(row.lastSentAt?.getTime()).toBe(T0.getTime())
    expect(row.lastSeenPublishedAt.getTime()).toBeGreaterThan(at(-DAY).getTime())
  })

  it('sends one mail when two runs overlap', async () => {
    const person = await seedUser(ctx.db)
    await savedSearchFor(person, 'type=job', { since: 2 * DAY })
    await Promise.all([sendDueAlerts(T0, { search }), sendDueAlerts(T0, { search })])
    expect(await mailsTo(person)).toHaveLength(1)
  })

  it('writes in the person’s language', async () => {
    const person = await seedUser(ctx.db, { lang: 'en', name: 'Sam' })
    await savedSearchFor(person, 'type=job', { since: 2 * DAY })
    await sendDueAlerts(T0, { search })
    const [mail] = await mailsTo(person)
    expect(mail.subject).toBe('New offers for your search “Job”')
    expect(mail.textBody).toContain('there are 2 new offers')
  })

  it('mails no address that was never confirmed', async () => {
    const person = await seedUser(ctx.db, { emailVerifiedAt: null })
    await savedSearchFor(person, 'type=job', { since: 2 * DAY })
    await sendDueAlerts(T0, { search })
    expect(await mailsTo(person)).toEqual([])
  })
})

describe('the unsubscribe link', () => {
  const linkIn = async (user: User) => {
    const [mail] = await mailsTo(user)
    return new URL(/http:\/\/\S+\/alerts\/unsubscribe\?\S+/.exec(mail.textBody)![0])
  }
  const post = (link: URL, token = link.searchParams.get('token')!) =>
    unsubscribeAction({
      request: new Request(link, { method: 'POST', body: new URLSearchParams({ id: link.searchParams.get('id')!, token }) }),
      params: {},
      context: {} as never,
    })

  it('asks first, then deletes the saved search without signing in', async () => {
    const person = await seedUser(ctx.db)
    const id = await savedSearchFor(person, 'type=job', { since: 2 * DAY })
    await sendDueAlerts(T0, { search })
    const link = await linkIn(person)
    const page = await unsubscribeLoader({ request: new Request(link), params: {}, context: {} as never })
    expect(page.init?.status ?? 200).toBe(200)
    expect(page.data).toMatchObject({ status: 'confirm', name: 'Job' })
    expect(await ctx.db.select().from(savedSearches).where(eq(savedSearches.id, id))).toHaveLength(1)

    const done = await post(link)
    expect(done.data).toEqual({ outcome: 'done' })
    expect(await ctx.db.select().from(savedSearches).where(eq(savedSearches.id, id))).toEqual([])
  })

  it('also works as a mail client’s one-click POST to the link itself (RFC 8058)', async () => {
    const person = await seedUser(ctx.db)
    const id = await savedSearchFor(person, 'type=job', { since: 2 * DAY })
    await sendDueAlerts(T0, { search })
    const link = await linkIn(person)
    const answer = await unsubscribeAction({
      request: new Request(link, { method: 'POST', body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }) }),
      params: {},
      context: {} as never,
    })
    expect(answer.data).toEqual({ outcome: 'done' })
    expect(await ctx.db.select().from(savedSearches).where(eq(savedSearches.id, id))).toEqual([])
  })

  it('refuses a tampered token with 400 and keeps the search', async () => {
    const person = await seedUser(ctx.db)
    const id = await savedSearchFor(person, 'type=job', { since: 2 * DAY })
    await sendDueAlerts(T0, { search })
    const link = await linkIn(person)
    const token = link.searchParams.get('token')!
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    const refused = await post(link, tampered)
    expect(refused.init?.status).toBe(400)
    expect(refused.data).toEqual({ outcome: 'invalid' })
    link.searchParams.set('token', tampered)
    const page = await unsubscribeLoader({ request: new Request(link), params: {}, context: {} as never })
    expect(page.init?.status).toBe(400)
    expect(await ctx.db.select().from(savedSearches).where(eq(savedSearches.id, id))).toHaveLength(1)
  })
})
