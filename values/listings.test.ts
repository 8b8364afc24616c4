import { describe, expect, it } from 'vitest'
import { CERTIFICATE_RANK, CERTIFICATES, GERMAN_LEVELS, GERMAN_RANK } from './listings'

describe('listing value ranks', () => {
  it('ranks school certificates in the order of the list', () => {
    expect(CERTIFICATES.map((c) => CERTIFICATE_RANK[c])).toEqual(CERTIFICATES.map((_, i) => i))
    expect(Object.keys(CERTIFICATE_RANK).sort()).toEqual([...CERTIFICATES].sort())
  })

  it('ranks German levels in the order of the list', () => {
    expect(GERMAN_LEVELS.map((l) => GERMAN_RANK[l])).toEqual(GERMAN_LEVELS.map((_, i) => i))
    expect(Object.keys(GERMAN_RANK).sort()).toEqual([...GERMAN_LEVELS].sort())
  })
})
