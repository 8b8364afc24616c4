import { and, count, eq, isNull, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog, contentReports, listings, moderationDecisions, moderationObjections, organizations, type Occupation } from '../../../db/schema'
import { seedListing, seedOrganization, pickOccupation } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { drainOutboxOnce } from '../../../search/sync'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { Forbidden, NotFound, TooManyRequests } from '~/utils/errors'
import { mailsTo } from '../applications/applications.test-helper'
import { parseListingForm } from '../listings/listing-form.schema'
import { createListing } from '../listings/manage.server'
import { createOutboxStore } from '../search/outbox-store.server'
import { prepareListingIndex } from '../search/search-index.test-helper'
import { decideCase } from './decide.server'
import { decideObjection, fileObjection } from './objections.server'
import { listQueue } from './queue.server'
import { REPORTS_PER_IP, submitReport } from './reports.server'
import { transparencyFigures } from './transparency.server'
import { action as reportAction } from '../../routes/melden'

const ctx = setupAppDatabase()
const search = createTestSearch()
const drain = () => drainOutboxOnce(createOutboxStore(ctx.db), search)
const inIndex = async (id: number) => {
  try {
    await search.client.index(search.listingsIndex).getDocument(String(id))
    return true
  } catch {
    return false
  }
}
const statusOf = async (id: number) => (await ctx.db.select({ s: listings.status }).from(listings).where(eq(listings.id, id)))[0].s

const SCAM = 'Paketagent gesucht, 3.000 € pro Woche, Kontakt über WhatsApp'
let occupation: Occupation
let ip = 0
const nextIp = () => `198.51.100.${++ip}`

function jobInput(description: string) {
  return parseListingForm({
    offerType: 'job',
    occupationId: String(occupation.id),
    title: 'Lagerhelfer/in (m/w/d)',
    description,
    place: '38640 Goslar',
    workingTime: 'vollzeit',
    startDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    placesCount: '1',
    payPeriod: 'month',
    payMin: '2600',
    payMax: '2900',
    minCertificate: 'none',
    minGerman: 'none',
  })
}

async function companyWithOwner(opts: { isVerified?: boolean } = {}) {
  const company = await seedOrganization(ctx.db, { isVerified: opts.isVerified ?? false })
  const owner = await seedUser(ctx.db, { role: 'employer', memberOf: { organizationId: company.id, role: 'owner' } })
  return { company, owner }
}

const report = (listingId: number, over: Partial<{ email: string | null; ip: string }> = {}) =>
  submitReport({
    target: { kind: 'listing', id: String(listingId) },
    input: { reason: 'scam', explanation: 'Das ist eine Betrugsmasche.', name: null, email: over.email ?? null, goodFaith: 'on' },
    ip: over.ip ?? nextIp(),
    lang: 'de',
  })

beforeAll(async () => {
  await prepareListingIndex(ctx.db, search)
  occupation = await pickOccupation(ctx.db, { name: 'Fachlagerist' })
})

describe('risk check before publishing', () => {
  it('holds a new unverified company’s scam listing for review instead of publishing it', async () => {
    const { company, owner } = await companyWithOwner()
    const id = await createListing({ organizationId: company.id, actor: { id: owner.id, isVerified: true }, input: jobInput(SCAM), publish: true })
    await drain()
    expect(await statusOf(id)).toBe('held')
    expect(await inIndex(id)).toBe(false)
    const queue = await listQueue({ userId: owner.id, chamberId: null })
    expect(queue.find((c) => c.key === `listing-${id}`)).toMatchObject({ isRiskHold: true, reports: 1 })
  })

  it('publishes the same text from a chamber-verified company', async () => {
    const { company, owner } = await companyWithOwner({ isVerified: true })
    const id = await createListing({ organizationId: company.id, actor: { id: owner.id, isVerified: true }, input: jobInput(SCAM), publish: true })
    await drain()
    expect(await statusOf(id)).toBe('published')
    expect(await inIndex(id)).toBe(true)
  })

  it('publishes an ordinary listing of a new unverified company', async () => {
    const { company, owner } = await companyWithOwner()
    const id = await createListing({ organizationId: company.id, actor: { id: owner.id, isVerified: true }, input: jobInput('Wir suchen Verstärkung im Lager.'), publish: true })
    expect(await statusOf(id)).toBe('published')
  })
})

describe('reports', () => {
  it('refuses more reports from one address than the limit, saying when to retry', async () => {
    const listing = await seedListing(ctx.db)
    const ipOf = nextIp()
    for (let i = 0; i < REPORTS_PER_IP.limit; i++) await report(listing.id, { ip: ipOf })
    const refused = await report(listing.id, { ip: ipOf }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(TooManyRequests)
    expect((refused as TooManyRequests).retryAfterSeconds).toBeGreaterThan(0)
  })

  it('refuses a report on a listing that does not exist or was never public', async () => {
    await expect(report(2_000_000_000)).rejects.toBeInstanceOf(NotFound)
    const draft = await seedListing(ctx.db, { status: 'draft', publishedAt: null })
    await expect(report(draft.id)).rejects.toBeInstanceOf(NotFound)
  })
})

describe('the report form', () => {
  const post = (listingId: number, form: Record<string, string>, clientIp: string) =>
    reportAction({
      request: new Request(`http://localhost/melden?listing=${listingId}`, { method: 'POST', body: new URLSearchParams(form) }),
      params: {},
      context: { clientIp } as never,
    }) as Promise<unknown>
  const statusOf = (answer: unknown) => (answer as { init?: { status?: number } }).init?.status ?? 200
  const good = { reason: 'pay', explanation: 'Die Vergütung fehlt völlig.', goodFaith: 'on' }

  it('answers bad input with 400 and a field error for each problem', async () => {
    const listing = await seedListing(ctx.db)
    const answer = await post(listing.id, { reason: 'nonsense', explanation: 'kurz', email: 'no-address' }, nextIp())
    expect(statusOf(answer)).toBe(400)
    expect((answer as { data: { fieldErrors: Record<string, string> } }).data.fieldErrors).toEqual({
      reason: 'moderation.error.reason',
      explanation: 'moderation.error.explanation',
      email: 'moderation.error.email',
      goodFaith: 'moderation.error.goodFaith',
    })
  })

  it('answers 429 with Retry-After once an address has reported too often', async () => {
    const listing = await seedListing(ctx.db)
    const address = nextIp()
    for (let i = 0; i < REPORTS_PER_IP.limit; i++) expect(statusOf(await post(listing.id, good, address))).toBe(200)
    const refused = (await post(listing.id, good, address)) as { init: { status: number; headers: Record<string, string> } }
    expect(refused.init.status).toBe(429)
    expect(Number(refused.init.headers['Retry-After'])).toBeGreaterThan(0)
  })
})

describe('notice and action', () => {
  it('unpublishes a reported listing, tells both sides, and a second admin’s reversal brings it back', async () => {
    const { company, owner } = await companyWithOwner()
    const listing = await seedListing(ctx.db, { organizationId: company.id, title: 'Finanzagent/in (m/w/d)' })
    await drain()
    expect(await inIndex(listing.id)).toBe(true)
    await report(listing.id, { email: 'melder@example.org' })
    expect(await mailsTo(ctx.db, 'melder@example.org')).toHaveLength(1)

    const admin = await seedUser(ctx.db, { role: 'admin' })
    const key = { kind: 'listing' as const, listingId: listing.id }
    const decisionId = await decideCase({ moderator: { userId: admin.id, chamberId: null }, key, input: { action: 'unpublish', rule: 'scam', statement: 'Typische Masche: Pakete weiterleiten.' } })
    await drain()
    expect(await statusOf(listing.id)).toBe('blocked')
    expect(await inIndex(listing.id)).toBe(false)
    const statement = (await mailsTo(ctx.db, owner.email)).at(-1)!
    expect(statement.textBody).toContain('Typische Masche')
    expect(statement.textBody).toContain('/employer/moderation')
    expect(await mailsTo(ctx.db, 'melder@example.org')).toHaveLength(2)
    const [audit] = await ctx.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'moderation.unpublish'), eq(auditLog.targetId, String(listing.id))))
    expect(audit.n).toBe(1)

    await fileObjection({ organizationId: company.id, userId: owner.id, decisionId, text: 'Das ist eine echte Stelle im Versand.' })
    await expect(fileObjection({ organizationId: company.id, userId: owner.id, decisionId, text: 'Noch einmal widersprochen.' })).rejects.toMatchObject({ status: 409 })
    const [objection] = await ctx.db.select({ id: moderationObjections.id }).from(moderationObjections).where(eq(moderationObjections.decisionId, decisionId))
    await expect(decideObjection({ adminId: admin.id, objectionId: objection.id, outcome: 'reversed', note: 'Selbst geprüft.' })).rejects.toBeInstanceOf(Forbidden)

    const second = await seedUser(ctx.db, { role: 'admin' })
    await decideObjection({ adminId: second.id, objectionId: objection.id, outcome: 'reversed', note: 'Die Stelle ist echt; Sperre aufgehoben.' })
    await drain()
    expect(await statusOf(listing.id)).toBe('published')
    expect(await inIndex(listing.id)).toBe(true)
  })

  it('lets chamber staff decide on their verified members only, and never suspend', async () => {
    const chamber = await seedOrganization(ctx.db, { kind: 'chamber' })
    const other = await seedOrganization(ctx.db, { kind: 'chamber' })
    const { company } = await companyWithOwner({ isVerified: true })
    await ctx.db.execute(sql`insert into chamber_memberships (chamber_id, company_id, member_number, status, verified_at) values (${chamber.id}, ${company.id}, 'T-1', 'verified', now())`)
    const listing = await seedListing(ctx.db, { organizationId: company.id })
    await report(listing.id)
    const key = { kind: 'listing' as const, listingId: listing.id }
    const staff = { userId: (await seedUser(ctx.db, { role: 'chamber' })).id, chamberId: chamber.id }
    const stranger = { userId: (await seedUser(ctx.db, { role: 'chamber' })).id, chamberId: other.id }
    expect((await listQueue(staff)).map((c) => c.key)).toContain(`listing-${listing.id}`)
    expect((await listQueue(stranger)).map((c) => c.key)).not.toContain(`listing-${listing.id}`)
    const input = { action: 'request_change' as const, rule: 'pay' as const, statement: 'Bitte die Vergütung angeben.' }
    await expect(decideCase({ moderator: stranger, key, input })).rejects.toBeInstanceOf(NotFound)
    await expect(decideCase({ moderator: staff, key, input: { ...input, action: 'suspend' } })).rejects.toBeInstanceOf(Forbidden)
    await decideCase({ moderator: staff, key, input })
    const open = await ctx.db.select({ n: count() }).from(contentReports).where(and(eq(contentReports.listingId, listing.id), isNull(contentReports.decisionId)))
    expect(open[0].n).toBe(0)
  })

  it('suspends a company: its listings leave search and it cannot publish', async () => {
    const { company, owner } = await companyWithOwner()
    const listing = await seedListing(ctx.db, { organizationId: company.id })
    await submitReport({ target: { kind: 'company', id: company.slug }, input: { reason: 'scam', explanation: 'Scheinfirma ohne Adresse.', name: null, email: null, goodFaith: 'on' }, ip: nextIp(), lang: 'de' })
    const admin = await seedUser(ctx.db, { role: 'admin' })
    await decideCase({ moderator: { userId: admin.id, chamberId: null }, key: { kind: 'company', organizationId: company.id }, input: { action: 'suspend', rule: 'scam', statement: 'Scheinfirma, keine Adresse.' } })
    await drain()
    expect(await statusOf(listing.id)).toBe('blocked')
    expect(await inIndex(listing.id)).toBe(false)
    const [org] = await ctx.db.select({ s: organizations.suspendedAt }).from(organizations).where(eq(organizations.id, company.id))
    expect(org.s).not.toBeNull()
    await expect(createListing({ organizationId: company.id, actor: { id: owner.id, isVerified: true }, input: jobInput('Lagerarbeit.'), publish: true })).rejects.toMatchObject({ status: 400 })
  })
})

describe('transparency figures', () => {
  it('equal what the tables hold', async () => {
    const [figures] = await transparencyFigures()
    const [notices] = await ctx.db.select({ n: count() }).from(contentReports).where(eq(contentReports.source, 'notice'))
    const [holds] = await ctx.db.select({ n: count() }).from(contentReports).where(eq(contentReports.source, 'risk_check'))
    const [unpublished] = await ctx.db.select({ n: count() }).from(moderationDecisions).where(eq(moderationDecisions.action, 'unpublish'))
    const [reversed] = await ctx.db.select({ n: count() }).from(moderationObjections).where(eq(moderationObjections.outcome, 'reversed'))
    expect(figures.noticesTotal).toBe(notices.n)
    const byReason = await ctx.db.select({ reason: contentReports.reason, n: count() }).from(contentReports).where(eq(contentReports.source, 'notice')).groupBy(contentReports.reason)
    for (const { reason, n } of byReason) expect(figures.notices[reason]).toBe(n)
    expect(figures.notices.scam).toBeGreaterThan(0)
    expect(figures.riskHolds).toBe(holds.n)
    expect(figures.actions.unpublish).toBe(unpublished.n)
    expect(figures.objections).toMatchObject({ received: 1, reversed: reversed.n, upheld: 0, pending: 0 })
    expect(figures.medianHoursToDecision).not.toBeNull()
  })
})
