import { describe, expect, it } from 'vitest'
import { berlinOffsetMinutes, fromBerlinLocal, toBerlinIso, toBerlinLocal } from './berlin-time'

describe('German wall-clock times', () => {
  it('reads a datetime-local value as German time, summer and winter', () => {
    expect(fromBerlinLocal('2026-05-01T10:00')?.toISOString()).toBe('2026-05-01T08:00:00.000Z')
    expect(fromBerlinLocal('2026-12-01T10:00')?.toISOString()).toBe('2026-12-01T09:00:00.000Z')
  })

  it('gets the days of the clock changes right', () => {
    // 29 March 2026: 02:00 CET → 03:00 CEST. 25 October 2026: 03:00 CEST → 02:00 CET.
    expect(fromBerlinLocal('2026-03-29T01:30')?.toISOString()).toBe('2026-03-29T00:30:00.000Z')
    expect(fromBerlinLocal('2026-03-29T03:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(fromBerlinLocal('2026-10-25T12:00')?.toISOString()).toBe('2026-10-25T11:00:00.000Z')
    expect(berlinOffsetMinutes(new Date('2026-03-29T00:59:00Z'))).toBe(60)
    expect(berlinOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120)
  })

  it('refuses what is no time', () => {
    for (const bad of ['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-05-01T24:00', '2026-05-01', 'morgen']) expect(fromBerlinLocal(bad)).toBeNull()
  })

  it('writes an instant back for the form and with its offset', () => {
    expect(toBerlinLocal('2026-05-01T08:00:00Z')).toBe('2026-05-01T10:00')
    expect(toBerlinLocal(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01T00:30')
    expect(toBerlinIso('2026-05-01T08:00:00Z')).toBe('2026-05-01T10:00:00+02:00')
    expect(toBerlinIso('2026-01-15T23:00:00Z')).toBe('2026-01-16T00:00:00+01:00')
  })
})
