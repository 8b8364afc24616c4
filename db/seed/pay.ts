import type { NewListing } from '../schema/listings'
import type { Rng } from './random'
import type { OfferType } from '../../values/listings'

type Pay = Pick<NewListing, 'payPeriod' | 'payMin' | 'payMax' | 'trainingAllowances'>
type WorkingTime = NonNullable<NewListing['workingTime']>

/**
 * Monthly first-year training allowance by sector, in euros. All stay well above the statutory
 * minimum (Mindestausbildungsvergütung 2026: 724 € in the first year).
 */
const FIRST_YEAR: Record<string, [number, number]> = {
  crafts: [850, 1000],
  tourism: [950, 1100],
  care: [1000, 1150],
  retail: [950, 1100],
  logistics: [1000, 1150],
  automotive: [1080, 1250],
  chemistry: [1100, 1250],
  metal_electrical: [1050, 1220],
}

/** Monthly gross for skilled workers by sector, in euros. */
const MONTHLY: Record<string, [number, number]> = {
  crafts: [2700, 3600],
  tourism: [2600, 3100],
  care: [2900, 4000],
  retail: [2600, 3100],
  logistics: [2800, 3500],
  automotive: [3100, 4200],
  chemistry: [3300, 4400],
  metal_electrical: [3000, 4000],
}

/** The 2026 statutory minimum wage is 13.90 €/h; demo hourly pay starts above it. */
const HOURLY: [number, number] = [14, 20]
/** Monthly ceiling of a Minijob as the demo assumes it. */
export const MINIJOB_CAP = 556

const roundTo = (value: number, step: number) => Math.round(value / step) * step

/** One allowance per (started) training year, rising each year. */
export function trainingAllowances(rng: Rng, sector: string, durationMonths: number, isDualStudy = false): number[] {
  const [lo, hi] = isDualStudy ? [1150, 1400] : (FIRST_YEAR[sector] ?? [950, 1100])
  const years = isDualStudy ? 3 : Math.max(2, Math.ceil(durationMonths / 12))
  const first = roundTo(rng.int(lo, hi), 5)
  const allowances = [first]
  for (let year = 1; year < years; year++) allowances.push(roundTo(allowances[year - 1] + rng.int(60, 130), 5))
  return allowances
}

export function listingPay(input: {
  rng: Rng
  offerType: OfferType
  sector: string
  workingTime: WorkingTime
  durationMonths?: number | null
  isSchoolInternship?: boolean
}): Pay {
  const { rng, offerType, sector, workingTime } = input
  switch (offerType) {
    case 'ausbildung':
    case 'duales-studium':
      return {
        payPeriod: 'month',
        trainingAllowances: trainingAllowances(rng, sector, input.durationMonths ?? 36, offerType === 'duales-studium'),
      }
    case 'eq': {
      const amount = rng.pick([300, 320, 350, 400])
      return { payPeriod: 'month', payMin: amount, payMax: amount }
    }
    case 'praktikum': {
      // School internships are unpaid by law and custom; the 0 is stated, not left out.
      if (input.isSchoolInternship) return { payPeriod: 'month', payMin: 0, payMax: 0 }
      const amount = roundTo(rng.int(300, 600), 50)
      return { payPeriod: 'month', payMin: amount, payMax: amount }
    }
    case 'job':
      return jobPay(rng, sector, workingTime)
  }
}

function jobPay(rng: Rng, sector: string, workingTime: WorkingTime): Pay {
  if (workingTime === 'minijob') return { payPeriod: 'month', payMin: roundTo(rng.int(400, 520), 10), payMax: MINIJOB_CAP }
  if (workingTime === 'teilzeit' && rng.chance(0.6)) {
    const min = rng.int(HOURLY[0], HOURLY[1])
    return { payPeriod: 'hour', payMin: min, payMax: Math.min(22, min + rng.int(1, 3)) }
  }
  const [lo, hi] = MONTHLY[sector] ?? [2700, 3500]
  const min = roundTo(rng.int(lo, hi), 50)
  const max = Math.min(4800, min + roundTo(rng.int(200, 700), 50))
  if (workingTime === 'teilzeit') return { payPeriod: 'month', payMin: roundTo(min * 0.6, 50), payMax: roundTo(max * 0.6, 50) }
  return { payPeriod: 'month', payMin: min, payMax: max }
}
