import type { Request } from 'express'

/** Headers a reverse proxy adds; a request carrying any of them did not start on this machine. */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip', 'via']

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  const bare = address.replace(/^::ffff:/i, '')
  return bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare)
}

/**
 * Whether the request comes from a program on this machine itself: a loopback peer that forwards
 * nobody. Deliberately stricter than `req.ip` (trust proxy: loopback), which reports the forwarded
 * client: behind a local reverse proxy every visitor's connection comes from loopback.
 */
export function isLocalRequest(req: Pick<Request, 'headers'> & { socket: { remoteAddress?: string } }): boolean {
  return isLoopbackAddress(req.socket.remoteAddress) && FORWARDING_HEADERS.every((name) => req.headers[name] === undefined)
}
