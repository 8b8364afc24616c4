import type { RiskRuleKind } from '../../../values/moderation'

/**
 * The risk check's judgement, pure: which rules a new company's listing trips. The server part
 * (risk-hold.server.ts) gathers the facts; the rules themselves are rows admins edit.
 */
export interface RiskRuleValue {
  kind: RiskRuleKind
  value: string
}

export interface RiskFacts {
  title: string
  description: string
  /** The listing's pay as a monthly amount, when it has one. */
  monthlyPay: number | null
  /** Monthly pay of other open listings of the same occupation. */
  occupationPays: number[]
  /** How many listings the company created within an hour of registering. */
  listingsInFirstHour: number
}

export interface RiskHit {
  kind: 'phrase' | 'contact' | 'pay' | 'burst'
  detail: string
}

/** Fewer comparable listings than this and the occupation has no range to compare with. */
export const MIN_PAY_SAMPLE = 5
const HOURS_PER_MONTH = 173

export function monthlyPay(pay: { payPeriod: string | null; payMin: number | null; payMax: number | null; trainingAllowances: number[] | null }): number | null {
  const amount = pay.payMax ?? pay.payMin ?? pay.trainingAllowances?.[0] ?? null
  if (amount === null) return null
  if (pay.payPeriod === 'hour') return amount * HOURS_PER_MONTH
  if (pay.payPeriod === 'year') return amount / 12
  return amount
}

export const numericRule = (rules: RiskRuleValue[], kind: RiskRuleKind, fallback: number) => {
  const found = rules.find((r) => r.kind === kind)
  const n = found ? Number(found.value.replace(',', '.')) : NaN
  return Number.isFinite(n) ? n : fallback
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function assessRisk(rules: RiskRuleValue[], facts: RiskFacts): RiskHit[] {
  const text = `${facts.title}\n${facts.description}`.toLocaleLowerCase('de')
  const hits: RiskHit[] = []
  for (const rule of rules) {
    if ((rule.kind === 'phrase' || rule.kind === 'contact') && text.includes(rule.value.toLocaleLowerCase('de'))) {
      hits.push({ kind: rule.kind, detail: rule.value })
    }
  }
  const factor = numericRule(rules, 'pay_factor', 3)
  if (facts.monthlyPay !== null && facts.occupationPays.length >= MIN_PAY_SAMPLE) {
    const typical = median(facts.occupationPays)
    if (facts.monthlyPay > typical * factor || facts.monthlyPay < typical / factor) {
      hits.push({ kind: 'pay', detail: `${Math.round(facts.monthlyPay)} / ${Math.round(typical)}` })
    }
  }
  const burst = numericRule(rules, 'burst', 5)
  if (facts.listingsInFirstHour >= burst) hits.push({ kind: 'burst', detail: String(facts.listingsInFirstHour) })
  return hits
}
