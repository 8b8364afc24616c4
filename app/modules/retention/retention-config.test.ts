import { describe, expect, it } from 'vitest'
import { cutoff, parseRetentionConfig, RETENTION_DEFAULTS, shiftBy } from './retention-config'

describe('retention configuration', () => {
  it('starts from the issue’s defaults and lets an operator override a period by its variable', () => {
    expect(parseRetentionConfig({})).toEqual(RETENTION_DEFAULTS)
    expect(RETENTION_DEFAULTS.applicationData).toEqual({ amount: 6, unit: 'months' })
    const config = parseRetentionConfig({ RETENTION_APPLICATION_MONTHS: '7', RETENTION_UNVERIFIED_DAYS: '' })
    expect(config.applicationData).toEqual({ amount: 7, unit: 'months' })
    expect(config.unverifiedAccount).toEqual({ amount: 30, unit: 'days' })
  })

  it('refuses a period that is not a positive whole number, naming the variable', () => {
    expect(() => parseRetentionConfig({ RETENTION_AUDIT_MONTHS: '0' })).toThrow('Invalid configuration: RETENTION_AUDIT_MONTHS must be at least 1')
    expect(() => parseRetentionConfig({ RETENTION_MAIL_BODY_DAYS: '2.5' })).toThrow(/RETENTION_MAIL_BODY_DAYS/)
    expect(() => parseRetentionConfig({ RETENTION_MAIL_BODY_DAYS: 'soon' })).toThrow(/RETENTION_MAIL_BODY_DAYS/)
    expect(() => parseRetentionConfig({ RETENTION_APPLICATION_NOTICE_DAYS: '400' })).toThrow(/must be shorter than RETENTION_APPLICATION_MONTHS/)
  })

  it('counts months on the calendar, ending a short month on its last day', () => {
    expect(cutoff(new Date('2027-08-31T12:00:00Z'), { amount: 6, unit: 'months' })).toEqual(new Date('2027-02-28T12:00:00Z'))
    expect(shiftBy(new Date('2026-12-07T00:00:00Z'), { amount: 24, unit: 'months' })).toEqual(new Date('2028-12-07T00:00:00Z'))
    expect(cutoff(new Date('2026-12-07T00:00:00Z'), { amount: 30, unit: 'days' })).toEqual(new Date('2026-11-07T00:00:00Z'))
  })
})
