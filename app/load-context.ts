import type { Logger } from 'pino'
import type { ValidatedSession } from './modules/auth/session.server'

declare module '@remix-run/node' {
  interface AppLoadContext {
    requestId: string
    nonce: string
    logger: Logger
    /** The signed-in person, resolved once per request by the server. */
    viewer: ValidatedSession | null
    secureCookies: boolean
    clientIp: string
    /** A program on this machine, not forwarded by a proxy (server/client-address.ts); unset means no. */
    isLocalClient?: boolean
  }
}
export {}
