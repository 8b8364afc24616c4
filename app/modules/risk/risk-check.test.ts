import { describe, expect, it } from 'vitest'
import { assessRisk, monthlyPay, type RiskFacts, type RiskRuleValue } from './risk-check'
import { RiskRuleForm } from '../moderation/risk-rules.schema'

const RULES: RiskRuleValue[] = [
  { kind: 'phrase', value: 'Paketagent' },
  { kind: 'contact', value: 'whatsapp' },
  { kind: 'pay_factor', value: '3' },
  { kind: 'burst', value: '5' },
]
const facts = (over: Partial<RiskFacts>): RiskFacts => ({
  title: 'Elektroniker/in (m/w/d)',
  description: 'Wir bilden aus.',
  monthlyPay: 3000,
  occupationPays: [2800, 3000, 3100, 3200, 2900],
  listingsInFirstHour: 1,
  ...over,
})

describe('assessRisk', () => {
  it('passes an ordinary listing', () => {
    expect(assessRisk(RULES, facts({}))).toEqual([])
  })

  it('finds scam phrases and messenger contact in any case', () => {
    const hits = assessRisk(RULES, facts({ description: 'PAKETAGENT gesucht, Kontakt über WhatsApp' }))
    expect(hits.map((h) => h.kind)).toEqual(['phrase', 'contact'])
  })

  it('flags pay far above or below the occupation, only with enough listings to compare', () => {
    expect(assessRisk(RULES, facts({ monthlyPay: 13_000 })).map((h) => h.kind)).toEqual(['pay'])
    expect(assessRisk(RULES, facts({ monthlyPay: 500 })).map((h) => h.kind)).toEqual(['pay'])
    expect(assessRisk(RULES, facts({ monthlyPay: 13_000, occupationPays: [3000] }))).toEqual([])
  })

  it('flags many listings in the first hour from the threshold on', () => {
    expect(assessRisk(RULES, facts({ listingsInFirstHour: 4 }))).toEqual([])
    expect(assessRisk(RULES, facts({ listingsInFirstHour: 5 })).map((h) => h.kind)).toEqual(['burst'])
  })

  it('reads a rule changed by an admin', () => {
    expect(assessRisk([...RULES.slice(0, 3), { kind: 'burst', value: '2' }], facts({ listingsInFirstHour: 2 })).map((h) => h.kind)).toEqual(['burst'])
  })
})

describe('monthlyPay', () => {
  it('turns hourly and yearly pay into a month', () => {
    expect(monthlyPay({ payPeriod: 'hour', payMin: 10, payMax: 20, trainingAllowances: null })).toBe(3460)
    expect(monthlyPay({ payPeriod: 'year', payMin: 36_000, payMax: null, trainingAllowances: null })).toBe(3000)
    expect(monthlyPay({ payPeriod: null, payMin: null, payMax: null, trainingAllowances: [900, 1000] })).toBe(900)
  })
})

describe('RiskRuleForm', () => {
  it('takes a one-digit threshold but refuses a one-letter phrase and a threshold out of range', () => {
    expect(RiskRuleForm.safeParse({ kind: 'burst', value: '5' }).success).toBe(true)
    expect(RiskRuleForm.safeParse({ kind: 'phrase', value: 'a' }).success).toBe(false)
    expect(RiskRuleForm.safeParse({ kind: 'burst', value: '1000' }).success).toBe(false)
    expect(RiskRuleForm.safeParse({ kind: 'pay_factor', value: 'viel' }).success).toBe(false)
  })
})
