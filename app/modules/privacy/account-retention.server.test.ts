import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { organizationMembers, organizations, users } from '../../../db/schema'
import { seedOrganization } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { RETENTION_DEFAULTS, shiftBy } from '../retention/retention-config'
import { deleteInactiveAccounts, sendInactivityNotices } from './account-retention.server'
import { createPerson } from './retention.test-helper'

const ctx = setupAppDatabase()
const config = RETENTION_DEFAULTS

describe('inactive accounts', () => {
  it('keeps the last owner of a team with other members, and keeps the team running', async () => {
    const now = new Date()
    const longAgo = shiftBy(shiftBy(now, config.inactiveAccount, -1), { amount: 5, unit: 'months' }, -1)
    const owner = await createPerson(ctx.db, 'Inhaberin', { role: 'employer', lastActiveAt: longAgo })
    const recruiter = await createPerson(ctx.db, 'Recruiter', { role: 'employer' })
    const company = await seedOrganization(ctx.db)
    await ctx.db.insert(organizationMembers).values([
      { organizationId: company.id, userId: owner.id, role: 'owner' },
      { organizationId: company.id, userId: recruiter.id, role: 'recruiter' },
    ])
    const toldAt = shiftBy(now, { amount: 4, unit: 'months' }, -1)
    expect(await sendInactivityNotices(toldAt, config)).toBe(1)
    // A team must hand over before its last owner can go; the round goes on with the others.
    expect(await deleteInactiveAccounts(now, config)).toBe(0)
    expect(await ctx.db.select({ id: users.id }).from(users).where(eq(users.id, owner.id))).toHaveLength(1)
    expect(await ctx.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, company.id))).toHaveLength(1)
    // Once another owner is named, the inactive one goes at the next round.
    await ctx.db.update(organizationMembers).set({ role: 'owner' }).where(eq(organizationMembers.userId, recruiter.id))
    expect(await deleteInactiveAccounts(now, config)).toBe(1)
    expect(await ctx.db.select({ id: users.id }).from(users).where(eq(users.id, owner.id))).toEqual([])
    expect(await ctx.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, company.id))).toHaveLength(1)
  })
})
