import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { retryAfterOnTooManyRequests } from './security'

let base = ''
let close: () => void = () => {}

beforeAll(async () => {
  const app = express()
  app.use(retryAfterOnTooManyRequests())
  app.get('/bare-429', (_req, res) => res.status(429).send('slow down'))
  app.get('/own-429', (_req, res) => res.status(429).set('Retry-After', '7').send('slow down'))
  app.get('/head-429', (_req, res) => {
    res.writeHead(429, { 'Retry-After': '9' })
    res.end()
  })
  app.get('/ok', (_req, res) => res.send('fine'))
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})

afterAll(() => close())

describe('Retry-After on every 429', () => {
  it('adds a minute where a 429 says nothing, and keeps what an answer says itself', async () => {
    const bare = await fetch(`${base}/bare-429`)
    expect(bare.status).toBe(429)
    expect(bare.headers.get('Retry-After')).toBe('60')
    expect((await fetch(`${base}/own-429`)).headers.get('Retry-After')).toBe('7')
    expect((await fetch(`${base}/head-429`)).headers.get('Retry-After')).toBe('9')
    expect((await fetch(`${base}/ok`)).headers.get('Retry-After')).toBeNull()
  })
})
