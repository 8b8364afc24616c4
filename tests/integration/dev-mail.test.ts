import type { AppLoadContext } from '@remix-run/node'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { loader } from '../../app/routes/dev.mail'
import { isDevMailOpen } from '../../app/modules/mail/dev-mail.server'
import { isLocalRequest } from '../../server/client-address'
import { setupAppDatabase } from '../support/app-database'

setupAppDatabase()

const context = (isLocalClient: boolean | undefined): AppLoadContext => ({
  viewer: null,
  secureCookies: false,
  clientIp: isLocalClient ? '127.0.0.1' : '203.0.113.5',
  isLocalClient,
  requestId: 'test',
  nonce: '',
  logger: pino({ level: 'silent' }),
})

const open = (isLocalClient: boolean | undefined) =>
  Promise.resolve(loader({ request: new Request('http://localhost/dev/mail'), params: {}, context: context(isLocalClient) })).then(
    () => 200,
    (error) => (error instanceof Response ? error.status : Promise.reject(error)),
  )

const request = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers })

describe('/dev/mail', () => {
  it('shows the kept mail to a browser on this machine', async () => {
    expect(await open(true)).toBe(200)
  })

  it('answers 404 to any other client, and when nobody said where the request came from', async () => {
    expect(await open(false)).toBe(404)
    expect(await open(undefined)).toBe(404)
  })

  it('stays closed while mail is really sent over SMTP, and when served over https', () => {
    const local = { isLocalClient: true }
    expect(isDevMailOpen({ APP_ORIGIN: 'http://127.0.0.1:3000', SEED_DEMO: 'auto', SMTP_URL: undefined }, local)).toBe(true)
    expect(isDevMailOpen({ APP_ORIGIN: 'http://127.0.0.1:3000', SEED_DEMO: 'auto', SMTP_URL: 'smtp://mail.example:25' }, local)).toBe(false)
    expect(isDevMailOpen({ APP_ORIGIN: 'https://passgenau.example', SEED_DEMO: 'auto', SMTP_URL: undefined }, local)).toBe(false)
  })

  it('counts as local only a loopback peer that forwards nobody', () => {
    expect(isLocalRequest(request('127.0.0.1'))).toBe(true)
    expect(isLocalRequest(request('::1'))).toBe(true)
    expect(isLocalRequest(request('::ffff:127.0.0.1'))).toBe(true)
    expect(isLocalRequest(request('203.0.113.5'))).toBe(false)
    expect(isLocalRequest(request('10.0.0.2'))).toBe(false)
    // A reverse proxy on this machine passing a visitor on.
    expect(isLocalRequest(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.5' }))).toBe(false)
    expect(isLocalRequest(request('127.0.0.1', { forwarded: 'for=203.0.113.5' }))).toBe(false)
    expect(isLocalRequest(request('127.0.0.1', { via: '1.1 proxy' }))).toBe(false)
  })
})
