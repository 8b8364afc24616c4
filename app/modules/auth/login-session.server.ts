import { createSession, generateSessionToken, invalidateSession } from './session.server'
import { serializeBlankSessionCookie, serializeSessionCookie } from './session-cookie.server'

/** A new session on every sign-in (no fixation); returns the Set-Cookie value. */
export async function beginSession(userId: string, secure: boolean): Promise<string> {
  const token = generateSessionToken()
  const session = await createSession(token, userId)
  return serializeSessionCookie(token, session.expiresAt, secure)
}

export async function endSession(sessionId: string | undefined, secure: boolean): Promise<string> {
  if (sessionId) await invalidateSession(sessionId)
  return serializeBlankSessionCookie(secure)
}
