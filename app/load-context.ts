import type { Logger } from 'pino'

declare module '@remix-run/node' {
  interface AppLoadContext {
    requestId: string
    nonce: string
    logger: Logger
  }
}
export {}
