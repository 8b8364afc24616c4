import { describe, expect, it } from 'vitest'
import { readReferralToken, REFERRAL_LINK_DAYS, signReferralToken } from './referral-token.server'

const key = new Uint8Array(32).fill(7)
const id = '4f2b8c1e-6a3d-4e5f-9b7a-1c2d3e4f5a6b'
const signedAt = new Date('2026-05-01T10:00:00Z')
const DAY = 86_400_000

describe('referral token', () => {
  it('names the referral it was signed for while it lasts', () => {
    const token = signReferralToken(id, key, signedAt)
    expect(token).toMatch(/^[0-9a-f-]{36}\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/)
    expect(readReferralToken(token, key, new Date(signedAt.getTime() + (REFERRAL_LINK_DAYS - 1) * DAY))).toBe(id)
  })

  it('refuses an expired token', () => {
    const token = signReferralToken(id, key, signedAt)
    expect(readReferralToken(token, key, new Date(signedAt.getTime() + REFERRAL_LINK_DAYS * DAY + 1000))).toBeNull()
  })

  it('refuses a tampered token: another referral, a later expiry, a changed signature', () => {
    const token = signReferralToken(id, key, signedAt)
    const [, expires, signature] = token.split('.')
    const at = signedAt
    expect(readReferralToken(`9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a.${expires}.${signature}`, key, at)).toBeNull()
    expect(readReferralToken(`${id}.${(parseInt(expires, 36) + 86_400).toString(36)}.${signature}`, key, at)).toBeNull()
    const flipped = `${signature.slice(0, 5)}${signature[5] === 'A' ? 'B' : 'A'}${signature.slice(6)}`
    expect(readReferralToken(`${id}.${expires}.${flipped}`, key, at)).toBeNull()
    expect(readReferralToken(token.slice(0, -1), key, at)).toBeNull()
    expect(readReferralToken(`${token}.x`, key, at)).toBeNull()
    expect(readReferralToken('', key, at)).toBeNull()
  })

  it('refuses a token signed with another key', () => {
    expect(readReferralToken(signReferralToken(id, new Uint8Array(32).fill(8), signedAt), key, signedAt)).toBeNull()
  })
})
