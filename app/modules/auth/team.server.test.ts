import { desc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { organizationMembers, outboundEmails } from '../../../db/schema'
import { seedOrganization } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { Invalid } from '~/utils/errors'
import { acceptInvite, changeMemberRole, inviteMember, listTeam, removeMember } from './team.server'

const ctx = setupAppDatabase()

async function companyWithOwner() {
  const company = await seedOrganization(ctx.db)
  const owner = await seedUser(ctx.db, { role: 'employer', memberOf: { organizationId: company.id, role: 'owner' } })
  return { company, owner }
}

describe('team', () => {
  it('invites a recruiter by a single-use link that creates a verified account in the team', async () => {
    const { company, owner } = await companyWithOwner()
    await inviteMember({ organizationId: company.id, inviterId: owner.id, email: 'neu@example.org', role: 'recruiter' })
    expect((await listTeam(company.id)).invitations).toEqual([expect.objectContaining({ email: 'neu@example.org', role: 'recruiter' })])
    const [mail] = await ctx.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, 'neu@example.org')).orderBy(desc(outboundEmails.id))
    const token = new URL(mail.textBody.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!
    const userId = await acceptInvite({ token, name: 'Neue Kollegin', password: 'Sehr langes Passwort 42', lang: 'de' })
    const [member] = await ctx.db.select().from(organizationMembers).where(eq(organizationMembers.userId, userId))
    expect(member).toMatchObject({ organizationId: company.id, role: 'recruiter' })
    await expect(acceptInvite({ token, name: 'Zweiter Versuch', password: 'Sehr langes Passwort 42', lang: 'de' })).rejects.toBeInstanceOf(Invalid)
  })

  it('keeps the last owner: no leaving, no demotion', async () => {
    const { company, owner } = await companyWithOwner()
    await expect(removeMember({ organizationId: company.id, actorId: owner.id, userId: owner.id })).rejects.toMatchObject({ formError: 'team.lastOwner' })
    await expect(changeMemberRole({ organizationId: company.id, actorId: owner.id, userId: owner.id, role: 'recruiter' })).rejects.toMatchObject({ formError: 'team.lastOwner' })
  })

  it('lets an owner hand over and then leave', async () => {
    const { company, owner } = await companyWithOwner()
    const colleague = await seedUser(ctx.db, { role: 'employer', memberOf: { organizationId: company.id, role: 'recruiter' } })
    await changeMemberRole({ organizationId: company.id, actorId: owner.id, userId: colleague.id, role: 'owner' })
    await removeMember({ organizationId: company.id, actorId: owner.id, userId: owner.id })
    expect((await listTeam(company.id)).members.map((m) => m.userId)).toEqual([colleague.id])
  })

  it('cannot touch a member of another company', async () => {
    const a = await companyWithOwner()
    const b = await companyWithOwner()
    await expect(removeMember({ organizationId: a.company.id, actorId: a.owner.id, userId: b.owner.id })).rejects.toMatchObject({ status: 404 })
  })
})
