import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { OCCUPATION_FIELD_NAMES_EN, occupationFieldTitle } from './occupation-fields-en'

const shippedCodes = readFileSync(new URL('../../../db/reference-data/occupation-fields.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0])

describe('English names of the occupational fields', () => {
  it('names every field the reference data ships, and no other', () => {
    expect(Object.keys(OCCUPATION_FIELD_NAMES_EN).sort()).toEqual([...shippedCodes].sort())
  })

  it('answers in English for an English reader and keeps the German title otherwise', () => {
    expect(occupationFieldTitle('en', '34', 'Gebäude- und versorgungstechnische Berufe')).toBe('Building services and utilities engineering occupations')
    expect(occupationFieldTitle('de', '34', 'Gebäude- und versorgungstechnische Berufe')).toBe('Gebäude- und versorgungstechnische Berufe')
    expect(occupationFieldTitle('en', null, null)).toBeNull()
  })
})
