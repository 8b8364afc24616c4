import { describe, expect, it } from 'vitest'
import { isMetricsClientAllowed } from './metrics'

const TOKEN = 'a'.repeat(40)

describe('who may read /metrics', () => {
  it('lets a client on loopback in without a token', () => {
    expect(isMetricsClientAllowed({ socketAddress: '127.0.0.1', ip: '127.0.0.1', authorization: undefined }, undefined)).toBe(true)
    expect(isMetricsClientAllowed({ socketAddress: '::1', ip: '::1', authorization: undefined }, TOKEN)).toBe(true)
    expect(isMetricsClientAllowed({ socketAddress: '::ffff:127.0.0.1', ip: '::ffff:127.0.0.1', authorization: undefined }, undefined)).toBe(true)
  })

  it('refuses a client of another network without the token', () => {
    expect(isMetricsClientAllowed({ socketAddress: '10.1.2.3', ip: '10.1.2.3', authorization: undefined }, TOKEN)).toBe(false)
    expect(isMetricsClientAllowed({ socketAddress: '10.1.2.3', ip: '10.1.2.3', authorization: `Bearer ${TOKEN}x` }, TOKEN)).toBe(false)
    expect(isMetricsClientAllowed({ socketAddress: '10.1.2.3', ip: '10.1.2.3', authorization: `Basic ${TOKEN}` }, TOKEN)).toBe(false)
  })

  it('refuses the public coming through a proxy on this host', () => {
    expect(isMetricsClientAllowed({ socketAddress: '127.0.0.1', ip: '203.0.113.9', authorization: undefined }, TOKEN)).toBe(false)
  })

  it('lets the holder of the token in from anywhere, and nobody in by token when none is set', () => {
    expect(isMetricsClientAllowed({ socketAddress: '10.1.2.3', ip: '10.1.2.3', authorization: `Bearer ${TOKEN}` }, TOKEN)).toBe(true)
    expect(isMetricsClientAllowed({ socketAddress: '10.1.2.3', ip: '10.1.2.3', authorization: 'Bearer ' }, undefined)).toBe(false)
  })
})
