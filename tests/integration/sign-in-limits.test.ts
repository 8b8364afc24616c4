import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { seedUser } from '../../db/seed/users'
import type { ActionFunctionArgs, AppLoadContext } from '@remix-run/node'
import * as loginRoute from '../../app/routes/login'
import { guardRouteModule } from '../../server/route-edge'
import { addressKey } from '../../app/modules/security/rate-limit.server'
import { setupAppDatabase } from '../support/app-database'

const ctx = setupAppDatabase()
// Behind the route edge, as the server runs it: refusals and 429s are answered there.
const loginAction = guardRouteModule(loginRoute, 'routes/login').action as (args: ActionFunctionArgs) => Promise<unknown>
const PASSWORD = 'Brockenwanderung im Nebel'

const from = (clientIp: string): AppLoadContext => ({ viewer: null, secureCookies: false, clientIp, requestId: 'test', nonce: '', logger: pino({ level: 'silent' }) })

/** A sign-in through the login form's action, as the browser posts it from `clientIp`. */
async function signInFrom(clientIp: string, email: string, password: string): Promise<Response> {
  const body = new URLSearchParams({ email, password, redirectTo: '' })
  const request = new Request('http://localhost/login', { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
  const result = await loginAction({ request, params: {}, context: from(clientIp) })
  if (result instanceof Response) return result
  // Remix's data() answer: status and headers as the browser would see them.
  const { init } = result as unknown as { init: ResponseInit }
  return new Response(null, init)
}

describe('sign-in limits', () => {
  it('locks out the address that guessed ten times, while the owner signs in from another address', async () => {
    await seedUser(ctx.db, { email: 'owner@example.org', password: PASSWORD })
    for (let i = 0; i < 10; i++) expect((await signInFrom('198.51.100.66', 'owner@example.org', `falsch-${i}-geraten`)).status).toBe(400)

    const locked = await signInFrom('198.51.100.66', 'owner@example.org', PASSWORD)
    expect(locked.status).toBe(429)
    const retryAfter = Number(locked.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)

    const owner = await signInFrom('203.0.113.7', 'owner@example.org', PASSWORD)
    expect(owner.status).toBe(302)
    expect(owner.headers.get('Set-Cookie')).toMatch(/session=/)
  })

  it('stops guessing spread over many addresses at a looser ceiling per account, with Retry-After', async () => {
    await seedUser(ctx.db, { email: 'spread@example.org', password: PASSWORD })
    for (let ip = 1; ip <= 5; ip++) {
      for (let i = 0; i < 10; i++) expect((await signInFrom(`192.0.2.${ip}`, 'spread@example.org', `falsch-${i}`)).status).toBe(400)
    }
    const ceiling = await signInFrom('192.0.2.99', 'spread@example.org', 'noch-ein-versuch')
    expect(ceiling.status).toBe(429)
    expect(Number(ceiling.headers.get('Retry-After'))).toBeGreaterThan(0)
  }, 60_000)

  it('counts one IPv6 network as one address, and an IPv4-mapped address as its IPv4 address', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee'))
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'))
    expect(addressKey('::ffff:198.51.100.4')).toBe('198.51.100.4')
    expect(addressKey('198.51.100.4')).toBe('198.51.100.4')
  })
})
