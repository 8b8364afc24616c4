import { describe, expect, it } from 'vitest'
import { translate } from '.'

describe('counted texts', () => {
  it('say one day, one application, one device in the singular', () => {
    expect(translate('de', 'applications.employer.waiting', { days: 1 })).toBe('Wartet seit 1 Tag auf eine Antwort.')
    expect(translate('de', 'applications.employer.waiting', { days: 3 })).toBe('Wartet seit 3 Tagen auf eine Antwort.')
    expect(translate('en', 'applications.employer.waiting', { days: 1 })).toBe('Waiting for an answer for 1 day.')
    expect(translate('de', 'applications.replyTime.basis', { count: 1 })).toMatch(/aus 1 Bewerbung$/)
    expect(translate('de', 'account.sessions.count', { count: 1 })).toBe('Sie sind auf 1 Gerät angemeldet.')
    expect(translate('en', 'moderation.queue.reports', { count: 1 })).toBe('1 report')
    expect(translate('de', 'candidates.results.count', { count: 1 })).toBe('1 Person gefunden')
    expect(translate('de', 'employer.pay.yearsOption', { years: 1 })).toBe('1 Jahr')
  })

  it('group large numbers as the language does', () => {
    expect(translate('de', 'candidates.results.count', { count: 1234 })).toBe('1.234 Personen gefunden')
    expect(translate('en', 'imports.done', { count: 2 })).toBe('2 listings imported.')
  })

  it('count the occupations the combobox found, none included', () => {
    expect(translate('de', 'employer.occupation.count', { count: 0 })).toBe('Kein passender Beruf gefunden.')
    expect(translate('de', 'employer.occupation.count', { count: 1 })).toMatch(/^1 Beruf gefunden\./)
    expect(translate('en', 'employer.occupation.count', { count: 10 })).toMatch(/^10 occupations found\./)
  })
})
