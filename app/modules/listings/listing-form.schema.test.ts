import { describe, expect, it } from 'vitest'
import { ListingForm } from './listing-form.schema'

const common = {
  occupationId: '12',
  title: 'Mechatroniker/in (m/w/d)',
  description: 'Anlagen montieren.',
  place: '38640 Goslar',
  workingTime: 'vollzeit',
  placesCount: '1',
  minCertificate: 'hauptschule',
  minGerman: 'B1',
  benefits: [],
}
const training = { ...common, offerType: 'ausbildung', startDate: '2026-08-01', trainingYears: '3', allowance1: '1000', allowance2: '1100', allowance3: '1200' }
const job = { ...common, offerType: 'job', startDate: '2026-03-01', payPeriod: 'month', payMin: '2800', payMax: '3400' }

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = ListingForm.safeParse(input)
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
}

describe('pay fields follow the offer type', () => {
  it('ignores the job pay fields of an Ausbildung, even when they hold nonsense', () => {
    const parsed = ListingForm.parse({ ...training, payPeriod: 'hour', payMin: 'abc', payMax: '99999999' })
    expect(parsed).toMatchObject({ payMin: null, payMax: null, payPeriod: 'month', trainingAllowances: [1000, 1100, 1200] })
  })

  it('ignores training allowances left in a job form and stores none', () => {
    const parsed = ListingForm.parse({ ...job, trainingYears: 'x', allowance1: 'zwölf' })
    expect(parsed).toMatchObject({ payMin: 2800, payMax: 3400, trainingAllowances: null })
  })

  it('pays an internship per month whatever period was left in the form', () => {
    const parsed = ListingForm.parse({ ...job, offerType: 'praktikum', payPeriod: 'hour', payMin: '400', payMax: '' })
    expect(parsed).toMatchObject({ payPeriod: 'month', payMin: 400 })
  })

  it('still asks each type for its own pay, next to the field', () => {
    expect(errorsOf({ ...training, allowance2: '' })).toEqual({ allowance2: 'employer.pay.allowanceRequired' })
    expect(errorsOf({ ...training, payMin: '2800', allowance1: '500' })).toEqual({ allowance1: 'employer.pay.allowanceBelowMinimum' })
    expect(errorsOf({ ...job, payMin: '', allowance1: '1000' })).toEqual({ payMin: 'employer.pay.required' })
    expect(errorsOf({ ...job, payPeriod: '' })).toEqual({ payPeriod: 'employer.pay.periodRequired' })
  })
})
