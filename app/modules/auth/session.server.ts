import { sha256 } from '@oslojs/crypto/sha2'
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'
import { eq } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { sessions, users } from '../../../db/schema'
import type { Lang } from '~/i18n/types'
import type { UserRole } from '../../../values/accounts'

const DAY = 24 * 60 * 60 * 1000
export const SESSION_TTL_MS = 30 * DAY
/** Extend the expiry when less than this is left, so an active person stays signed in. */
const REFRESH_BEFORE_MS = 15 * DAY

export interface SessionUser {
  id: string
  name: string
  email: string
  role: UserRole
  lang: Lang
  isVerified: boolean
}

export interface ValidatedSession {
  session: { id: string; expiresAt: Date; wasExtended: boolean }
  user: SessionUser
}

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20)
  crypto.getRandomValues(bytes)
  return encodeBase32LowerCaseNoPadding(bytes)
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)))
}

export async function createSession(token: string, userId: string, now = new Date()) {
  const session = { id: sessionIdFromToken(token), userId, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) }
  const db = getDb()
  await db.insert(sessions).values(session)
  // A sign-in restarts the inactivity clock of the retention schedule.
  await db.update(users).set({ lastActiveAt: now }).where(eq(users.id, userId))
  return session
}

export async function validateSessionToken(token: string, now = new Date()): Promise<ValidatedSession | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null
  const db = getDb()
  const id = sessionIdFromToken(token)
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      user: {
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        lang: users.lang,
        emailVerifiedAt: users.emailVerifiedAt,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
  if (!row) return null
  if (now.getTime() >= row.expiresAt.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, id))
    return null
  }
  let expiresAt = row.expiresAt
  const wasExtended = expiresAt.getTime() - now.getTime() < REFRESH_BEFORE_MS
  if (wasExtended) {
    expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id))
    // Using the site counts as activity too; recorded with the extension, so at most twice a month.
    await db.update(users).set({ lastActiveAt: now }).where(eq(users.id, row.user.id))
  }
  const { emailVerifiedAt, ...user } = row.user
  return { session: { id, expiresAt, wasExtended }, user: { ...user, isVerified: emailVerifiedAt !== null } }
}

export async function invalidateSession(sessionId: string) {
  await getDb().delete(sessions).where(eq(sessions.id, sessionId))
}

export async function invalidateUserSessions(userId: string) {
  await getDb().delete(sessions).where(eq(sessions.userId, userId))
}
