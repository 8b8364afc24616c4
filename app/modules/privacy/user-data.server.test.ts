import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { applications, organizationMembers, outboundEmails } from '../../../db/schema'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { findEverywhere as findEverywhereIn } from '../../../tests/support/find-everywhere'
import { createApplication } from '../applications/applications.test-helper'
import { registerUser, requestPasswordReset, signIn } from '../auth/account-access.server'
import { createSession, generateSessionToken } from '../auth/session.server'
import { exportUserData, deleteAccount } from './user-data.server'

const ctx = setupAppDatabase()
const PASSWORD = 'Harzer Schmalspurbahn 1899'

const findEverywhere = (needle: string) => findEverywhereIn(ctx.db, needle)

describe('privacy self-service', () => {
  it('exports what is stored about the person, and after deletion nothing identifies them', async () => {
    const email = 'wilma.wernigerode@example.org'
    const name = 'Wilma Wernigerode-Testfall'
    const id = await registerUser({ kind: 'employer', name, email, password: PASSWORD, lang: 'de', companyName: 'Bäckerei Testfall', ip: '192.0.2.10' })
    await signIn({ email, password: PASSWORD, ip: '192.0.2.10' })
    await signIn({ email, password: 'a wrong password here', ip: '192.0.2.10' }).catch(() => undefined)
    await createSession(generateSessionToken(), id)
    await requestPasswordReset({ email, ip: '192.0.2.10', lang: 'de' })

    const data = await exportUserData(id)
    expect(data.user).toMatchObject({ email, name, role: 'employer' })
    expect(data.memberships).toEqual([expect.objectContaining({ organization: 'Bäckerei Testfall', role: 'owner' })])
    expect(data.sessions.length).toBeGreaterThan(0)
    expect(data.emails.map((m) => m.subject).length).toBeGreaterThanOrEqual(2)
    expect(data.activity.map((a) => a.action)).toContain('user.signed-in')
    expect(JSON.stringify(data)).not.toMatch(/argon2/)

    expect(await findEverywhere(email)).not.toEqual([])
    await deleteAccount({ userId: id, currentPassword: PASSWORD })
    expect(await findEverywhere(email)).toEqual([])
    expect(await findEverywhere(name)).toEqual([])
    expect(await findEverywhere('wilma')).toEqual([])
  })

  it('asks the last owner of a team to hand over first, and refuses a wrong password', async () => {
    const owner = await seedUser(ctx.db, { role: 'employer', password: PASSWORD })
    const company = await seedOrganization(ctx.db)
    await ctx.db.insert(organizationMembers).values({ organizationId: company.id, userId: owner.id, role: 'owner' })
    await seedUser(ctx.db, { role: 'employer', memberOf: { organizationId: company.id, role: 'recruiter' } })
    await expect(deleteAccount({ userId: owner.id, currentPassword: 'not the password' })).rejects.toMatchObject({ fieldErrors: { currentPassword: 'auth.password.wrong' } })
    await expect(deleteAccount({ userId: owner.id, currentPassword: PASSWORD })).rejects.toMatchObject({ formError: 'auth.delete.lastOwner' })
  })
  it('tells waiting applicants when a company leaves with its only member, and no one whose application had ended', async () => {
    const owner = await seedUser(ctx.db, { role: 'employer', password: PASSWORD })
    const company = await seedOrganization(ctx.db, { name: 'Drechslerei Abschied (Test)' })
    await ctx.db.insert(organizationMembers).values({ organizationId: company.id, userId: owner.id, role: 'owner' })
    const listing = await seedListing(ctx.db, { organizationId: company.id, title: 'Drechsler/in (m/w/d)' })
    const waiting = await seedUser(ctx.db, { role: 'seeker', email: 'wartet@example.org' })
    const ended = await seedUser(ctx.db, { role: 'seeker', email: 'abgesagt@example.org' })
    await createApplication(ctx.db, { listingId: listing.id, seekerId: waiting.id })
    const { applicationId } = await createApplication(ctx.db, { listingId: listing.id, seekerId: ended.id })
    await ctx.db.update(applications).set({ status: 'rejected' }).where(eq(applications.id, applicationId))

    await deleteAccount({ userId: owner.id, currentPassword: PASSWORD })
    const mailTo = async (to: string) => ctx.db.select({ subject: outboundEmails.subject, body: outboundEmails.textBody }).from(outboundEmails).where(eq(outboundEmails.toAddress, to))
    const [mail] = await mailTo('wartet@example.org')
    expect(mail.subject).toContain('Drechsler/in (m/w/d)')
    expect(mail.body).toContain('Drechslerei Abschied (Test) ist nicht mehr auf Passgenau')
    expect(await mailTo('abgesagt@example.org')).toEqual([])
    expect(await ctx.db.select().from(applications).where(eq(applications.listingId, listing.id))).toEqual([])
  })
})
