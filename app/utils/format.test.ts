import { describe, expect, it } from 'vitest'
import { formatCount, formatDate, formatMoney, formatPay, formatRelativeDays, formatStart, pluralKey } from './format'

// Intl separates amount and currency sign with a no-break space; compare with plain spaces.
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ')

const none = { payPeriod: null, payMin: null, payMax: null, trainingAllowances: null }

describe('formatPay', () => {
  it('shows the first-year training allowance', () => {
    const pay = { ...none, trainingAllowances: [1020, 1080, 1150] }
    expect(plain(formatPay('de', pay))).toBe('ab 1.020 € im 1. Ausbildungsjahr')
    expect(plain(formatPay('en', pay))).toBe('from €1,020 in the 1st year of training')
  })

  it('shows a monthly range', () => {
    const pay = { ...none, payPeriod: 'month' as const, payMin: 2800, payMax: 3400 }
    expect(plain(formatPay('de', pay))).toBe('2.800–3.400 € / Monat')
    expect(plain(formatPay('en', pay))).toMatch(/^€2,800 ?– ?€3,400 \/ month$/)
  })

  it('shows a single hourly wage, with cents only when there are any', () => {
    expect(plain(formatPay('de', { ...none, payPeriod: 'hour', payMin: 15, payMax: 15 }))).toBe('15 € / Stunde')
    expect(plain(formatPay('de', { ...none, payPeriod: 'hour', payMin: 13.9, payMax: null }))).toBe('13,90 € / Stunde')
    expect(plain(formatPay('en', { ...none, payPeriod: 'year', payMin: 42000, payMax: null }))).toBe('€42,000 / year')
  })

  it('says "bis" when only a maximum is known', () => {
    expect(plain(formatPay('de', { ...none, payPeriod: 'month', payMax: 3000 }))).toBe('bis 3.000 € / Monat')
  })

  it('returns null when the listing has no pay', () => {
    expect(formatPay('de', none)).toBeNull()
    expect(formatPay('de', { ...none, trainingAllowances: [] })).toBeNull()
  })
})

describe('formatMoney and formatCount', () => {
  it('groups thousands per language', () => {
    expect(plain(formatMoney('de', 1020))).toBe('1.020 €')
    expect(formatCount('de', 12345)).toBe('12.345')
    expect(formatCount('en', 12345)).toBe('12,345')
  })
})

describe('formatDate', () => {
  it('prints a calendar date without shifting it by the time zone', () => {
    expect(formatDate('de', '2026-08-01')).toBe('1. August 2026')
    expect(formatDate('en', '2026-08-01')).toBe('1 August 2026')
  })

  it('prints an instant on its German calendar day', () => {
    expect(formatDate('de', new Date('2026-07-31T22:30:00Z'))).toBe('1. August 2026')
  })
})

describe('formatRelativeDays', () => {
  const now = new Date('2026-11-20T10:00:00Z')

  it('counts calendar days in Germany', () => {
    expect(formatRelativeDays('de', new Date('2026-11-20T00:30:00Z'), now)).toBe('heute')
    expect(formatRelativeDays('de', new Date('2026-11-19T23:30:00Z'), now)).toBe('heute')
    expect(formatRelativeDays('de', new Date('2026-11-19T22:30:00Z'), now)).toBe('gestern')
    expect(formatRelativeDays('de', new Date('2026-11-17T12:00:00Z'), now)).toBe('vor 3 Tagen')
    expect(formatRelativeDays('en', new Date('2026-11-17T12:00:00Z'), now)).toBe('3 days ago')
  })

  it('switches to weeks and months for older dates', () => {
    expect(formatRelativeDays('de', new Date('2026-11-01T12:00:00Z'), now)).toBe('vor 2 Wochen')
    expect(formatRelativeDays('en', new Date('2026-08-01T12:00:00Z'), now)).toBe('3 months ago')
  })
})

describe('formatStart', () => {
  const now = new Date('2026-11-20T10:00:00Z')

  it('says "ab sofort" once the start date has come', () => {
    expect(formatStart('de', '2026-11-20', now)).toBe('ab sofort')
    expect(formatStart('en', '2026-01-01', now)).toBe('immediately')
  })

  it('prints a future start date', () => {
    expect(formatStart('de', '2027-08-01', now)).toBe('1. August 2027')
  })
})

describe('pluralKey', () => {
  it('picks the singular only for one', () => {
    const keys = { one: 'count.one', other: 'count.other' } as const
    expect(pluralKey('de', 1, keys)).toBe('count.one')
    expect(pluralKey('de', 0, keys)).toBe('count.other')
    expect(pluralKey('en', 2, keys)).toBe('count.other')
  })
})
