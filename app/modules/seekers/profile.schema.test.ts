import { describe, expect, it } from 'vitest'
import { ProfileInput, readProfileForm, splitSkills } from './profile.schema'

function formOf(entries: Array<[string, string]>): FormData {
  const form = new FormData()
  for (const [name, value] of entries) form.append(name, value)
  return form
}

describe('profile form', () => {
  it('reads rows, checkboxes and repeated offer types, leaving out rows with nothing typed', () => {
    const values = readProfileForm(
      formOf([
        ['germanLevel', 'B1'],
        ['languages.0.code', 'ar'],
        ['languages.0.level', 'native'],
        ['languages.1.code', ''],
        ['languages.1.level', ''],
        ['languages.2.code', 'en'],
        ['languages.2.level', 'B2'],
        ['qualifications.0.title', 'Elektriker'],
        ['qualifications.0.country', 'Syrien'],
        ['qualifications.0.recognition', 'in-progress'],
        ['wishedOfferTypes', 'ausbildung'],
        ['wishedOfferTypes', 'job'],
        ['hasDrivingLicence', 'on'],
      ]),
    )
    expect(values.languages).toEqual([
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'B2' },
    ])
    expect(values.qualifications).toEqual([{ title: 'Elektriker', country: 'Syrien', recognition: 'in-progress' }])
    expect(values.wishedOfferTypes).toEqual(['ausbildung', 'job'])
    expect(values.hasDrivingLicence).toBe(true)
    expect(values.hasCar).toBe(false)
  })

  it('splits skills by line and comma, once each', () => {
    expect(splitSkills('Schweißen, WIG-Schweißen\nstaplerschein;  Staplerschein \n\n')).toEqual(['Schweißen', 'WIG-Schweißen', 'staplerschein'])
  })

  it('names the field of a bad row value by its input name', () => {
    const values = readProfileForm(formOf([['languages.0.code', 'en'], ['travelKm', '250']]))
    const result = ProfileInput.safeParse(values)
    expect(result.success).toBe(false)
    const paths = result.error!.issues.map((issue) => issue.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['languages.0.level', 'travelKm']))
  })
})
