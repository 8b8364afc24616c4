import { describe, expect, it } from 'vitest'
import { candidatesDe } from '~/i18n/candidates.de'
import { candidatesEn } from '~/i18n/candidates.en'
import { seekersDe } from '~/i18n/seekers.de'
import { matchForCompany } from './company-match'

const noteKeys = Object.keys(seekersDe).filter((key) => /^match\.(reason|gap)\./.test(key))

describe('matchForCompany', () => {
  it('has a company wording for every reason and gap the score can give', () => {
    expect(noteKeys.length).toBeGreaterThan(20)
    expect(noteKeys.filter((key) => !(`candidates.${key}` in candidatesDe))).toEqual([])
    expect(Object.keys(candidatesEn).sort()).toEqual(Object.keys(candidatesDe).sort())
  })

  it('rewrites the notes and keeps their values and the score', () => {
    const match = { score: 80, distanceKm: 4, reasons: [{ key: 'match.reason.german' as const, params: { have: 'C1', required: 'B1' } }], gaps: [{ key: 'match.gap.licence' as const }] }
    expect(matchForCompany(match)).toEqual({
      score: 80,
      distanceKm: 4,
      reasons: [{ key: 'candidates.match.reason.german', params: { have: 'C1', required: 'B1' } }],
      gaps: [{ key: 'candidates.match.gap.licence' }],
    })
  })
})
