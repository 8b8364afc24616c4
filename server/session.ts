import type { NextFunction, Request, Response } from 'express'
import { readSessionToken, serializeBlankSessionCookie, serializeSessionCookie } from '../app/modules/auth/session-cookie.server'
import { validateSessionToken } from '../app/modules/auth/session.server'

/**
 * Resolves the signed-in person once per request for every loader and action, and slides the
 * cookie's expiry along with the session's.
 */
export function sessionMiddleware(secure: boolean) {
  return async (req: Request, res: Response, next: NextFunction) => {
    res.locals.viewer = null
    const token = readSessionToken(req.headers.cookie, secure)
    if (!token) return next()
    try {
      const validated = await validateSessionToken(token)
      if (!validated) {
        res.append('Set-Cookie', serializeBlankSessionCookie(secure))
      } else {
        res.locals.viewer = validated
        if (validated.session.wasExtended) {
          res.append('Set-Cookie', serializeSessionCookie(token, validated.session.expiresAt, secure))
        }
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}
