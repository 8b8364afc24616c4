import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { listingPay, MINIJOB_CAP } from './pay'
import { createRng } from './random'
import { OFFER_TYPES, WORKING_TIMES } from '../../values/listings'
import { SECTORS } from '../../values/organizations'

const input = fc.record({
  seed: fc.integer(),
  offerType: fc.constantFrom(...OFFER_TYPES),
  sector: fc.constantFrom(...SECTORS),
  workingTime: fc.constantFrom(...WORKING_TIMES),
  durationMonths: fc.constantFrom(24, 36, 42),
  isSchoolInternship: fc.boolean(),
})

describe('listingPay', () => {
  it('always states pay: allowances for training, an amount for everything else', () => {
    fc.assert(
      fc.property(input, ({ seed, ...rest }) => {
        const pay = listingPay({ rng: createRng(seed), ...rest })
        expect(pay.payPeriod).toBeDefined()
        if (rest.offerType === 'ausbildung' || rest.offerType === 'duales-studium') expect(pay.trainingAllowances!.length).toBeGreaterThanOrEqual(2)
        else expect(pay.payMin).toBeGreaterThanOrEqual(0)
      }),
    )
  })

  it('keeps training allowances above the 2026 minimum and rising every year', () => {
    fc.assert(
      fc.property(input, ({ seed, ...rest }) => {
        const allowances = listingPay({ rng: createRng(seed), ...rest, offerType: 'ausbildung' }).trainingAllowances!
        expect(allowances).toHaveLength(Math.ceil(rest.durationMonths / 12))
        expect(allowances[0]).toBeGreaterThan(724)
        for (let y = 1; y < allowances.length; y++) expect(allowances[y]).toBeGreaterThan(allowances[y - 1])
      }),
    )
  })

  it('pays jobs at least the minimum wage, Minijobs within their cap', () => {
    fc.assert(
      fc.property(input, ({ seed, ...rest }) => {
        const pay = listingPay({ rng: createRng(seed), ...rest, offerType: 'job' })
        expect(pay.payMax!).toBeGreaterThanOrEqual(pay.payMin!)
        if (rest.workingTime === 'minijob') expect(pay.payMax).toBeLessThanOrEqual(MINIJOB_CAP)
        if (pay.payPeriod === 'hour') expect(pay.payMin).toBeGreaterThanOrEqual(14)
        if (pay.payPeriod === 'month' && rest.workingTime !== 'minijob' && rest.workingTime !== 'teilzeit') {
          expect(pay.payMin).toBeGreaterThanOrEqual(2600)
          expect(pay.payMax).toBeLessThanOrEqual(4800)
        }
      }),
    )
  })
})
