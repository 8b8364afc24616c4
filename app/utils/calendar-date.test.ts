import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCalendarDate } from './calendar-date'

describe('isCalendarDate', () => {
  it('accepts real days, leap days included', () => {
    for (const day of ['2027-01-31', '2028-02-29', '2000-02-29', '2026-12-07']) expect(isCalendarDate(day)).toBe(true)
  })

  it('refuses impossible days instead of throwing', () => {
    for (const day of ['2027-13-01', '2027-01-32', '0000-00-00', '2027-02-29', '1900-02-29', '2027-00-10', '2027-1-1', '', ' 2027-01-01', '2027-01-01\u0000'])
      expect(isCalendarDate(day)).toBe(false)
    expect(isCalendarDate(20270101)).toBe(false)
  })

  it('keeps to the window it is given', () => {
    expect(isCalendarDate('1899-12-31')).toBe(false)
    expect(isCalendarDate('2200-01-01')).toBe(false)
    expect(isCalendarDate('1999-12-31', { from: '2000-01-01', to: '2100-12-31' })).toBe(false)
    expect(isCalendarDate('2100-12-31', { from: '2000-01-01', to: '2100-12-31' })).toBe(true)
  })

  it('agrees with the calendar for every day it accepts and never throws', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), (value) => {
        const accepted = isCalendarDate(value)
        if (accepted) expect(new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(value)
      }),
      { seed: 13, numRuns: 2000 },
    )
  })
})
