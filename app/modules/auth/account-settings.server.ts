import { and, count, eq, ne, sql } from 'drizzle-orm'
import { isUniqueViolation } from '~/utils/db-errors'
import { getDb } from '../../../db/client'
import { sessions, users } from '../../../db/schema'
import { Conflict, Invalid, NotFound } from '~/utils/errors'
import { queueMail } from '../mail/mail.server'
import { recordAudit } from '../security/audit.server'
import { checkPasswordStrength, link } from './account-access.server'
import { consumeEmailToken, createEmailToken } from './email-tokens.server'
import { hashPassword, verifyPassword } from './password.server'
import { invalidateUserSessions } from './session.server'
import type { Lang } from '~/i18n/types'

export async function getAccount(userId: string) {
  const db = getDb()
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, emailVerifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, userId))
  if (!user) throw new NotFound('user')
  const [{ sessionCount }] = await db.select({ sessionCount: count() }).from(sessions).where(eq(sessions.userId, userId))
  return { ...user, isVerified: user.emailVerifiedAt !== null, sessionCount }
}

export async function requireCurrentPassword(userId: string, password: string, field = 'currentPassword') {
  const [user] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId))
  if (!user || !(await verifyPassword(user.passwordHash, password))) throw new Invalid({ [field]: 'auth.password.wrong' })
}

/** Ends every session, including the current one: the caller signs the person in again. */
export async function changePassword(input: { userId: string; currentPassword: string; password: string }) {
  await requireCurrentPassword(input.userId, input.currentPassword)
  checkPasswordStrength(input.password)
  const passwordHash = await hashPassword(input.password)
  await getDb().update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, input.userId))
  await invalidateUserSessions(input.userId)
  await recordAudit({ actorId: input.userId, action: 'user.password-changed', targetType: 'user', targetId: input.userId })
}

/** The new address takes effect only once its link is opened. */
export async function requestEmailChange(input: { userId: string; email: string; currentPassword: string }) {
  await requireCurrentPassword(input.userId, input.currentPassword)
  const db = getDb()
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, input.email), ne(users.id, input.userId)))
  if (taken) throw new Conflict({ email: 'auth.emailTaken' })
  const [user] = await db.select({ name: users.name, lang: users.lang }).from(users).where(eq(users.id, input.userId))
  const token = await createEmailToken({ purpose: 'change-email', email: input.email, userId: input.userId })
  await queueMail({ to: input.email, template: 'change-email', lang: user.lang, params: { name: user.name, link: link('/verify-email', token) } })
}

export async function confirmEmailChange(token: string) {
  try {
    return await getDb().transaction(async (tx) => {
      const row = await consumeEmailToken(token, 'change-email', tx)
      await tx.update(users).set({ email: row.email, emailVerifiedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, row.userId!))
      await recordAudit({ actorId: row.userId, action: 'user.email-changed', targetType: 'user', targetId: row.userId! }, tx)
      return row.userId!
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new Invalid({ token: 'auth.emailTaken' })
    throw error
  }
}

export async function signOutEverywhere(userId: string) {
  await invalidateUserSessions(userId)
  await recordAudit({ actorId: userId, action: 'user.signed-out-everywhere', targetType: 'user', targetId: userId })
}

/** The interface language the person chose; mails to them (notices, alerts) are written in it. */
export async function rememberLanguage(userId: string, lang: Lang) {
  await getDb().update(users).set({ lang }).where(eq(users.id, userId))
}
