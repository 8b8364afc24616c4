import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { sessions, users } from '../../../db/schema'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createSession, generateSessionToken, invalidateUserSessions, SESSION_TTL_MS, sessionIdFromToken, validateSessionToken } from './session.server'

const ctx = setupAppDatabase()
const DAY = 24 * 60 * 60 * 1000

describe('sessions', () => {
  it('restarts the inactivity clock on sign-in and when an active session is extended', async () => {
    const longAgo = new Date(Date.now() - 400 * DAY)
    const user = await seedUser(ctx.db, { lastActiveAt: longAgo })
    const lastActive = async () => (await ctx.db.select({ at: users.lastActiveAt }).from(users).where(eq(users.id, user.id)))[0].at
    const token = generateSessionToken()
    const signedInAt = new Date(Date.now() - 20 * DAY)
    await createSession(token, user.id, signedInAt)
    expect(await lastActive()).toEqual(signedInAt)
    // Used again with 10 of 30 days left: extended, and counted as activity.
    const usedAt = new Date(signedInAt.getTime() + 20 * DAY)
    expect((await validateSessionToken(token, usedAt))?.session.wasExtended).toBe(true)
    expect(await lastActive()).toEqual(usedAt)
  })

  it('stores only the SHA-256 of the token, never the token', async () => {
    const user = await seedUser(ctx.db)
    const token = generateSessionToken()
    await createSession(token, user.id)
    const rows = await ctx.db.select().from(sessions).where(eq(sessions.userId, user.id))
    expect(rows).toHaveLength(1)
    expect(rows[0].id).toBe(sessionIdFromToken(token))
    expect(JSON.stringify(rows)).not.toContain(token)
  })

  it('cannot be used with the stored id as a cookie value', async () => {
    const user = await seedUser(ctx.db)
    const token = generateSessionToken()
    const session = await createSession(token, user.id)
    expect(await validateSessionToken(session.id)).toBeNull()
    expect((await validateSessionToken(token))?.user.id).toBe(user.id)
  })

  it('keeps no password in readable form', async () => {
    const user = await seedUser(ctx.db, { password: 'ein langes geheimes Passwort' })
    const [row] = await ctx.db.select().from(users).where(eq(users.id, user.id))
    expect(row.passwordHash).toMatch(/^\$argon2id\$/)
    expect(JSON.stringify(row)).not.toContain('ein langes geheimes Passwort')
  })

  it('slides the expiry forward when less than half of it is left', async () => {
    const user = await seedUser(ctx.db)
    const token = generateSessionToken()
    const start = new Date('2026-01-01T00:00:00Z')
    await createSession(token, user.id, start)
    const early = await validateSessionToken(token, new Date(start.getTime() + 5 * DAY))
    expect(early?.session.wasExtended).toBe(false)
    const later = new Date(start.getTime() + 20 * DAY)
    const extended = await validateSessionToken(token, later)
    expect(extended?.session.wasExtended).toBe(true)
    expect(extended?.session.expiresAt.getTime()).toBe(later.getTime() + SESSION_TTL_MS)
  })

  it('rejects and removes an expired session', async () => {
    const user = await seedUser(ctx.db)
    const token = generateSessionToken()
    const start = new Date('2026-01-01T00:00:00Z')
    await createSession(token, user.id, start)
    expect(await validateSessionToken(token, new Date(start.getTime() + 31 * DAY))).toBeNull()
    expect(await ctx.db.select().from(sessions).where(eq(sessions.id, sessionIdFromToken(token)))).toHaveLength(0)
  })

  it('ends every session of a person at once', async () => {
    const user = await seedUser(ctx.db)
    const tokens = [generateSessionToken(), generateSessionToken()]
    for (const token of tokens) await createSession(token, user.id)
    await invalidateUserSessions(user.id)
    for (const token of tokens) expect(await validateSessionToken(token)).toBeNull()
  })
})
