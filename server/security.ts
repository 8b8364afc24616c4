import { randomBytes } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'

/** Per-request nonce for Remix's inline scripts; everything else must come from our own origin. */
export function securityHeaders(opts: { isHttps: boolean; isDev: boolean }) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString('base64')
    res.locals.nonce = nonce
    const scriptSrc = opts.isDev ? `'self' 'nonce-${nonce}' 'unsafe-eval'` : `'self' 'nonce-${nonce}'`
    const directives = [
      `default-src 'self'`,
      `script-src ${scriptSrc}`,
      `style-src 'self'${opts.isDev ? " 'unsafe-inline'" : ''}`,
      `img-src 'self' data:`,
      `font-src 'self'`,
      `connect-src 'self'${opts.isDev ? ' ws: wss:' : ''}`,
      `object-src 'none'`,
      `base-uri 'self'`,
      `form-action 'self'`,
      `frame-ancestors 'none'`,
    ]
    res.setHeader('Content-Security-Policy', directives.join('; '))
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
    res.setHeader('X-Frame-Options', 'DENY')
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()')
    if (opts.isHttps) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    next()
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses state-changing requests from other sites: the Origin must be this host (or APP_ORIGIN).
 * Browsers without Origin on a POST still send Sec-Fetch-Site, which is checked instead.
 */
export function originCheck(appOrigin: string) {
  const allowed = new URL(appOrigin).host
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next()
    const origin = req.get('origin')
    if (origin) {
      let host: string | undefined
      try {
        host = new URL(origin).host
      } catch {
        host = undefined
      }
      if (host && (host === req.get('host') || host === allowed)) return next()
      return res.status(403).type('text/plain').send('Forbidden: cross-site request')
    }
    const site = req.get('sec-fetch-site')
    if (site && site !== 'same-origin' && site !== 'none') {
      return res.status(403).type('text/plain').send('Forbidden: cross-site request')
    }
    next()
  }
}

/** Used where a 429 does not say when to come back: a minute. */
const DEFAULT_RETRY_AFTER_SECONDS = '60'

/**
 * Every 429 tells the client when to try again, whichever part of the app answered it: the
 * header is added just before the status line goes out when the answer does not carry its own.
 */
export function retryAfterOnTooManyRequests() {
  return (_req: Request, res: Response, next: NextFunction) => {
    const writeHead = res.writeHead
    res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
      // Headers handed to writeHead itself override this default.
      if (args[0] === 429 && !this.hasHeader('retry-after')) this.setHeader('Retry-After', DEFAULT_RETRY_AFTER_SECONDS)
      return writeHead.apply(this, args)
    } as Response['writeHead']
    next()
  }
}
