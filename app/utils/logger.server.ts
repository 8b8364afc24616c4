import { pino, type Logger } from 'pino'

let logger: Logger | undefined

/** One structured logger per process; level from LOG_LEVEL. */
export function getLogger(): Logger {
  logger ??= pino({
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service: 'passgenau' },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  })
  return logger
}
