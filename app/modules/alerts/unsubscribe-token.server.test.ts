import { describe, expect, it } from 'vitest'
import { deriveUnsubscribeKey, isValidUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token.server'

const key = deriveUnsubscribeKey('a-session-secret-of-at-least-32-characters')
const id = '4f2b8c1e-6a3d-4e5f-9b7a-1c2d3e4f5a6b'
const otherId = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'

describe('unsubscribe token', () => {
  it('accepts the token signed for the saved search', () => {
    expect(isValidUnsubscribeToken(id, signUnsubscribeToken(id, key), key)).toBe(true)
  })

  it('refuses a tampered token', () => {
    const token = signUnsubscribeToken(id, key)
    const flipped = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`
    expect(isValidUnsubscribeToken(id, flipped, key)).toBe(false)
    expect(isValidUnsubscribeToken(id, token.slice(0, -1), key)).toBe(false)
    expect(isValidUnsubscribeToken(id, '', key)).toBe(false)
  })

  it('refuses a token signed for another saved search', () => {
    expect(isValidUnsubscribeToken(otherId, signUnsubscribeToken(id, key), key)).toBe(false)
  })

  it('refuses a token signed with another secret', () => {
    const otherKey = deriveUnsubscribeKey('another-secret-of-at-least-32-characters!')
    expect(isValidUnsubscribeToken(id, signUnsubscribeToken(id, otherKey), key)).toBe(false)
  })

  it('is a URL-safe string', () => {
    expect(signUnsubscribeToken(id, key)).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})
