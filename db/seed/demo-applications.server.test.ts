import { and, eq, inArray, isNotNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setDatabase } from '../client'
import { createTestDatabase, type TestDatabase } from '../../tests/support/database'
import { getReplyStats } from '../../app/modules/applications/reply-deadlines.server'
import { applicationEvents, applications, listings, organizationMembers, users } from '../schema'
import { seedDemo } from './demo'
import { seedDemoAccounts } from './demo-accounts'
import { seedDemoApplications } from './demo-applications'

let t: TestDatabase

beforeAll(async () => {
  t = await createTestDatabase()
  setDatabase(t.handle)
  await seedDemo(t.db)
  await seedDemoAccounts(t.db)
})
afterAll(async () => {
  setDatabase(undefined)
  await t?.close()
})

async function companyOf(email: string) {
  const [row] = await t.db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(users.email, email))
  return row.id
}

const applicationsOfCompany = async (organizationId: string) =>
  t.db
    .select({ id: applications.id, status: applications.status, overdueAt: applications.overdueAt, reminderSentAt: applications.reminderSentAt })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .where(eq(listings.organizationId, organizationId))

describe('demo applications', () => {
  it('give the demo owner’s company applicants in every state, one waiting a week and one overdue', async () => {
    const rows = await applicationsOfCompany(await companyOf('employer@example.org'))
    expect(rows.length).toBeGreaterThanOrEqual(7)
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['received', 'in_review', 'interview', 'offer', 'hired', 'rejected']))
    expect(rows.filter((r) => r.overdueAt)).toHaveLength(1)
    expect(rows.filter((r) => r.reminderSentAt).length).toBeGreaterThanOrEqual(2)
    expect(await getReplyStats({ organizationId: await companyOf('employer@example.org') })).toMatchObject({ replies: 5 })
  })

  it('give the recruiter’s company applicants, and the demo seeker applications in several states', async () => {
    expect((await applicationsOfCompany(await companyOf('recruiter@example.org'))).length).toBeGreaterThanOrEqual(3)
    const [seeker] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'seeker@example.org'))
    const mine = await t.db.select({ id: applications.id, status: applications.status }).from(applications).where(eq(applications.seekerId, seeker.id))
    expect(new Set(mine.map((a) => a.status)).size).toBeGreaterThanOrEqual(4)
    const messages = await t.db
      .select({ id: applicationEvents.id })
      .from(applicationEvents)
      .where(and(inArray(applicationEvents.applicationId, mine.map((a) => a.id)), eq(applicationEvents.kind, 'message'), isNotNull(applicationEvents.text)))
    expect(messages.length).toBeGreaterThanOrEqual(2)
  })

  it('changes nothing when run again', async () => {
    const before = await t.db.select({ id: applications.id }).from(applications)
    expect(await seedDemoApplications(t.db)).toEqual({ created: 0 })
    await seedDemoAccounts(t.db)
    expect(await t.db.select({ id: applications.id }).from(applications)).toHaveLength(before.length)
  })
})
