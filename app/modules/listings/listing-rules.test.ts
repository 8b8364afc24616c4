import { describe, expect, it } from 'vitest'
import { endOfGermanDay } from './json-ld'
import { expiryFor } from './listing-rules.server'

const PUBLISHED = new Date('2026-06-20T08:00:00Z')

describe('expiryFor', () => {
  it('ends a listing at midnight German summer time after its deadline, the second after JSON-LD says it ends', () => {
    const expiry = expiryFor(PUBLISHED, '2026-07-10')
    expect(expiry).toEqual(new Date('2026-07-11T00:00:00+02:00'))
    expect(expiry.getTime() - 1_000).toBe(Date.parse(endOfGermanDay('2026-07-10')))
  })

  it('ends a listing at midnight German winter time after its deadline', () => {
    expect(expiryFor(new Date('2026-11-20T08:00:00Z'), '2026-12-15')).toEqual(new Date('2026-12-16T00:00:00+01:00'))
  })

  it('follows the clock change: the last day of summer time ends in summer time', () => {
    // 2026-10-25 03:00 CEST becomes 02:00 CET; midnight before it is still summer time.
    expect(expiryFor(new Date('2026-10-01T08:00:00Z'), '2026-10-24')).toEqual(new Date('2026-10-25T00:00:00+02:00'))
    // 2026-03-29 02:00 CET becomes 03:00 CEST; midnight before it is still winter time.
    expect(expiryFor(new Date('2026-03-01T08:00:00Z'), '2026-03-28')).toEqual(new Date('2026-03-29T00:00:00+01:00'))
  })

  it('keeps the 60-day lifetime when the deadline lies beyond it', () => {
    expect(expiryFor(PUBLISHED, '2027-01-31')).toEqual(new Date(PUBLISHED.getTime() + 60 * 86_400_000))
  })
})
