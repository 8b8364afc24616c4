import { desc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { organizationMembers, outboundEmails, users } from '../../../db/schema'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { Invalid, TooManyRequests } from '~/utils/errors'
import { registerUser, requestPasswordReset, resetPassword, signIn, verifyEmail } from './account-access.server'
import { createSession, generateSessionToken, validateSessionToken } from './session.server'

const ctx = setupAppDatabase()
const PASSWORD = 'Brockenwanderung im Nebel'
let ipCounter = 0
const freshIp = () => `198.51.100.${++ipCounter}`

async function lastLinkTo(email: string) {
  const [mail] = await ctx.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, email)).orderBy(desc(outboundEmails.id)).limit(1)
  const link = mail?.textBody.match(/https?:\/\/\S+/)?.[0]
  return new URL(link!).searchParams.get('token')!
}

describe('registration', () => {
  it('creates an employer with a company they own, unverified, and mails a link', async () => {
    const id = await registerUser({ kind: 'employer', name: 'Jana Beispiel', email: 'jana@example.org', password: PASSWORD, lang: 'de', companyName: 'Tischlerei Quendel', ip: freshIp() })
    const [user] = await ctx.db.select().from(users).where(eq(users.id, id))
    expect(user.emailVerifiedAt).toBeNull()
    const [member] = await ctx.db.select().from(organizationMembers).where(eq(organizationMembers.userId, id))
    expect(member.role).toBe('owner')
    await verifyEmail(await lastLinkTo('jana@example.org'))
    const [verified] = await ctx.db.select().from(users).where(eq(users.id, id))
    expect(verified.emailVerifiedAt).not.toBeNull()
  })

  it('refuses a taken e-mail with a field error, whatever its case', async () => {
    await seedUser(ctx.db, { email: 'taken@example.org' })
    const attempt = registerUser({ kind: 'seeker', name: 'X', email: 'taken@example.org', password: PASSWORD, lang: 'de', ip: freshIp() })
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { email: 'auth.emailTaken' } })
  })

  it.each(['qwertyuiop', 'Passwort123', 'aaaaaaaaaaaa'])('refuses the common password %s', async (password) => {
    const attempt = registerUser({ kind: 'seeker', name: 'X', email: 'common@example.org', password, lang: 'de', ip: freshIp() })
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { password: 'auth.password.common' } })
  })

  it('accepts a used verification link only once', async () => {
    await registerUser({ kind: 'seeker', name: 'Once', email: 'once@example.org', password: PASSWORD, lang: 'en', ip: freshIp() })
    const token = await lastLinkTo('once@example.org')
    await verifyEmail(token)
    await expect(verifyEmail(token)).rejects.toBeInstanceOf(Invalid)
  })
})

describe('sign-in', () => {
  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    await seedUser(ctx.db, { email: 'known@example.org', password: PASSWORD })
    const unknown = await signIn({ email: 'nobody@example.org', password: PASSWORD, ip: freshIp() }).catch((e) => e)
    const wrong = await signIn({ email: 'known@example.org', password: 'falsches Passwort!', ip: freshIp() }).catch((e) => e)
    expect(unknown).toBeInstanceOf(Invalid)
    expect(wrong).toBeInstanceOf(Invalid)
    expect(unknown.formError).toBe(wrong.formError)
    expect(await signIn({ email: 'known@example.org', password: PASSWORD, ip: freshIp() })).toMatchObject({ role: 'seeker' })
  })

  it('answers the 11th try within 15 minutes for one account from one address with 429, and lets other addresses in', async () => {
    await seedUser(ctx.db, { email: 'target@example.org', password: PASSWORD })
    const attacker = freshIp()
    for (let i = 0; i < 10; i++) {
      await expect(signIn({ email: 'target@example.org', password: `wrong-${i}-password`, ip: attacker })).rejects.toBeInstanceOf(Invalid)
    }
    const eleventh = signIn({ email: 'target@example.org', password: PASSWORD, ip: attacker })
    await expect(eleventh).rejects.toBeInstanceOf(TooManyRequests)
    await expect(signIn({ email: 'target@example.org', password: PASSWORD, ip: freshIp() })).resolves.toMatchObject({ role: 'seeker' })
  })

  it('lets a whole school sign in from one address: only wrong passwords fill the address window', async () => {
    const school = freshIp()
    for (let i = 0; i < 60; i++) await seedUser(ctx.db, { email: `schueler${i}@example.org`, password: PASSWORD })
    for (let i = 0; i < 60; i++) {
      await expect(signIn({ email: `schueler${i}@example.org`, password: PASSWORD, ip: school })).resolves.toMatchObject({ role: 'seeker' })
    }
  })
})

describe('password reset', () => {
  it('sets the new password and ends every session', async () => {
    const user = await seedUser(ctx.db, { email: 'forgot@example.org', password: PASSWORD })
    const token = generateSessionToken()
    await createSession(token, user.id)
    await requestPasswordReset({ email: 'forgot@example.org', ip: freshIp(), lang: 'de' })
    await resetPassword({ token: await lastLinkTo('forgot@example.org'), password: 'Ein ganz neues Passwort' })
    expect(await validateSessionToken(token)).toBeNull()
    await expect(signIn({ email: 'forgot@example.org', password: 'Ein ganz neues Passwort', ip: freshIp() })).resolves.toMatchObject({ id: user.id })
  })

  it('sends nothing for an unknown address, and says nothing about it', async () => {
    await expect(requestPasswordReset({ email: 'ghost@example.org', ip: freshIp(), lang: 'de' })).resolves.toBeUndefined()
    expect(await ctx.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, 'ghost@example.org'))).toHaveLength(0)
  })

  it('refuses an unknown or reused link', async () => {
    await expect(resetPassword({ token: 'abcdefghijklmnopqrstuvwxyz234567', password: 'Ein ganz neues Passwort' })).rejects.toMatchObject({ fieldErrors: { token: 'auth.linkInvalid' } })
  })
})
