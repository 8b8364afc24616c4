import { eq, sql } from 'drizzle-orm'
import { isUniqueViolation } from '~/utils/db-errors'
import { getDb } from '../../../db/client'
import { organizationMembers, organizations, users } from '../../../db/schema'
import type { Lang } from '~/i18n/types'
import { getEnv } from '~/utils/env.server'
import { Conflict, Invalid, TooManyRequests } from '~/utils/errors'
import { slugify } from '~/utils/slug'
import { queueMail } from '../mail/mail.server'
import { recordAudit } from '../security/audit.server'
import { addressKey, clearRateLimit, hitRateLimit, RATE_LIMITS, releaseRateLimit } from '../security/rate-limit.server'
import { consumeEmailToken, createEmailToken } from './email-tokens.server'
import { hashPassword, isCommonPassword, timingDummyHash, verifyPassword } from './password.server'
import { invalidateUserSessions, sessionIdFromToken } from './session.server'

export const link = (path: string, token: string) => `${getEnv().APP_ORIGIN}${path}?token=${encodeURIComponent(token)}`

export function checkPasswordStrength(password: string) {
  if (isCommonPassword(password)) throw new Invalid({ password: 'auth.password.common' })
}

async function enforce(key: string, rule: (typeof RATE_LIMITS)[keyof typeof RATE_LIMITS]) {
  const result = await hitRateLimit(key, rule)
  if (!result.allowed) throw new TooManyRequests(result.retryAfterSeconds)
}

async function uniqueSlug(name: string): Promise<string> {
  const base = slugify(name) || 'betrieb'
  const taken = await getDb()
    .select({ slug: organizations.slug })
    .from(organizations)
    .where(sql`${organizations.slug} = ${base} or ${organizations.slug} like ${base + '-%'}`)
  const slugs = new Set(taken.map((r) => r.slug))
  let slug = base
  for (let i = 2; slugs.has(slug); i++) slug = `${base}-${i}`
  return slug
}

interface Registration {
  kind: 'seeker' | 'employer'
  name: string
  email: string
  password: string
  lang: Lang
  companyName?: string
  ip: string
}

/** Creates the account (and for employers the company with them as owner) and sends the verification link. */
export async function registerUser(input: Registration): Promise<string> {
  await enforce(`register:ip:${addressKey(input.ip)}`, RATE_LIMITS.registerPerIp)
  checkPasswordStrength(input.password)
  const passwordHash = await hashPassword(input.password)
  const slug = input.kind === 'employer' ? await uniqueSlug(input.companyName!) : null
  try {
    return await getDb().transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash, role: input.kind, lang: input.lang })
        .returning({ id: users.id })
      if (input.kind === 'employer') {
        const [org] = await tx
          .insert(organizations)
          .values({ kind: 'company', name: input.companyName!, slug: slug! })
          .returning({ id: organizations.id })
        await tx.insert(organizationMembers).values({ organizationId: org.id, userId: user.id, role: 'owner' })
      }
      const token = await createEmailToken({ purpose: 'verify-email', email: input.email, userId: user.id }, tx)
      await queueMail({ to: input.email, template: 'verify-email', lang: input.lang, params: { name: input.name, link: link('/verify-email', token) } }, tx)
      await recordAudit({ actorId: user.id, action: 'user.registered', targetType: 'user', targetId: user.id, meta: { kind: input.kind } }, tx)
      return user.id
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict({ email: 'auth.emailTaken' })
    throw error
  }
}

/**
 * One answer for an unknown e-mail and a wrong password; both take an argon2 verification.
 * Wrong passwords lock out the address they come from, not the account: the owner still signs in
 * from elsewhere. Only guesses that passed the per-address limits count toward the account's
 * looser ceiling, so one address hammering away cannot fill it.
 */
export async function signIn(input: { email: string; password: string; ip: string }) {
  const address = addressKey(input.ip)
  const ipKey = `signin:ip:${address}`
  await enforce(ipKey, RATE_LIMITS.signInPerIp)
  // Keys hold a hash, so the counters table never holds an e-mail address.
  const account = sessionIdFromToken(input.email)
  const accountAndIpKey = `signin:account-ip:${account}:${address}`
  await enforce(accountAndIpKey, RATE_LIMITS.signInPerAccountAndIp)
  const accountKey = `signin:account:${account}`
  await enforce(accountKey, RATE_LIMITS.signInPerAccount)
  const [user] = await getDb()
    .select({ id: users.id, role: users.role, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email))
  const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), input.password)
  if (!user || !ok) throw new Invalid({}, 'auth.signIn.failed')
  await clearRateLimit(accountAndIpKey)
  // A school or office behind one address signs many people in: only wrong passwords count.
  await Promise.all([releaseRateLimit(ipKey), releaseRateLimit(accountKey)])
  await recordAudit({ actorId: user.id, action: 'user.signed-in', targetType: 'user', targetId: user.id })
  return { id: user.id, role: user.role }
}

export async function verifyEmail(token: string) {
  return getDb().transaction(async (tx) => {
    const row = await consumeEmailToken(token, 'verify-email', tx)
    await tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, row.userId!))
    return row.userId!
  })
}

export async function resendVerification(userId: string) {
  const [user] = await getDb().select().from(users).where(eq(users.id, userId))
  if (!user || user.emailVerifiedAt) return
  const token = await createEmailToken({ purpose: 'verify-email', email: user.email, userId })
  await queueMail({ to: user.email, template: 'verify-email', lang: user.lang, params: { name: user.name, link: link('/verify-email', token) } })
}

/** Always the same answer; a link goes out only when the account exists. */
export async function requestPasswordReset(input: { email: string; ip: string; lang: Lang }) {
  await enforce(`reset:ip:${addressKey(input.ip)}`, RATE_LIMITS.resetPerIp)
  const [user] = await getDb().select().from(users).where(eq(sql`lower(${users.email})`, input.email))
  if (!user) return
  const limited = await hitRateLimit(`reset:account:${user.id}`, RATE_LIMITS.resetPerAccount)
  if (!limited.allowed) return
  const token = await createEmailToken({ purpose: 'reset-password', email: user.email, userId: user.id })
  await queueMail({ to: user.email, template: 'reset-password', lang: user.lang, params: { name: user.name, link: link('/reset-password', token) } })
}

/** Sets the new password and ends every session of the account. */
export async function resetPassword(input: { token: string; password: string }) {
  checkPasswordStrength(input.password)
  const passwordHash = await hashPassword(input.password)
  const userId = await getDb().transaction(async (tx) => {
    const row = await consumeEmailToken(input.token, 'reset-password', tx)
    // The link arrived by mail, so the address is proven too.
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date(), emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, row.userId!))
    await recordAudit({ actorId: row.userId, action: 'user.password-reset', targetType: 'user', targetId: row.userId! }, tx)
    return row.userId!
  })
  await invalidateUserSessions(userId)
  return userId
}
