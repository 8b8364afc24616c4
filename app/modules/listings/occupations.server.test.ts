import { describe, expect, it } from 'vitest'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { occupationDefaults } from './listing-input.server'
import { exactMatch, getOccupationOption, pickOccupationFromUrl, searchOccupations } from './occupations.server'
import { resolvePlaceInput } from './place-input.server'

setupAppDatabase()

describe('searchOccupations', () => {
  it('finds occupations by their English label and says which label matched', async () => {
    const found = await searchOccupations('electrician')
    expect(found.length).toBeGreaterThan(0)
    expect(found[0].kind).toBe('training')
    expect(found[0].matchedLabel?.toLowerCase()).toContain('electrician')
  })

  it('puts training occupations first and offers only them for an Ausbildung', async () => {
    const all = await searchOccupations('koch', { limit: 50 })
    expect(all.some((o) => o.kind === 'esco')).toBe(true)
    const training = await searchOccupations('koch', { trainingOnly: true, limit: 50 })
    expect(training.length).toBeGreaterThan(0)
    expect(training.every((o) => o.kind === 'training')).toBe(true)
  })

  it('offers first what the listing search understands the words as: former titles, abbreviations, other languages', async () => {
    expect((await searchOccupations('Schreiner'))[0]).toMatchObject({ name: 'Tischler/in', matchedLabel: 'schreiner' })
    expect((await searchOccupations('MFA'))[0].name).toBe('Medizinische/r Fachangestellte/r')
    expect((await searchOccupations('кухар'))[0].name).toBe('Koch/Köchin')
    expect((await searchOccupations('Einzelhandel', { trainingOnly: true }))[0].name).toBe('Kaufmann/-frau im Einzelhandel')
  })

  it('finds occupations by their Ukrainian and Turkish names and shows each in the interface language', async () => {
    const [mechanic] = await searchOccupations('промисловий механік', { lang: 'uk' })
    expect(mechanic).toMatchObject({ name: 'Industriemechaniker/in', label: { text: 'Промисловий механік / промислова механікиня', lang: 'uk' } })
    // Part of a name is enough for the picker, as it is for German names.
    const [roofer] = await searchOccupations('çatı ust', { lang: 'tr' })
    expect(roofer).toMatchObject({ name: 'Dachdecker/in', label: { text: 'Çatı ustası', lang: 'tr' } })
    const [baker] = await searchOccupations('Bäcker', { lang: 'ar' })
    expect(baker.label).toEqual({ text: 'خباز / خبازة', lang: 'ar' })
    expect((await searchOccupations('Bäcker'))[0].label).toEqual({ text: 'Bäcker/in', lang: 'de' })
  })

  it('needs two letters and treats LIKE wildcards as text', async () => {
    expect(await searchOccupations('e')).toEqual([])
    expect(await searchOccupations('%%')).toEqual([])
  })
})

describe('picking an occupation', () => {
  it('takes an exact name at once, and several matches only by id', async () => {
    const url = new URL('http://localhost/employer/listings/new?type=ausbildung&occupation=Mechatroniker%2Fin')
    const pick = await pickOccupationFromUrl(url, 'job')
    expect(pick.offerType).toBe('ausbildung')
    expect(pick.chosen?.name).toBe('Mechatroniker/in')
    const several = await searchOccupations('Elektroniker')
    expect(exactMatch('Elektroniker', several)).toBeNull()
    const byId = await pickOccupationFromUrl(new URL(`http://localhost/x?occupation=Elektroniker&occupationId=${several[1].id}`), 'job')
    expect(byId.chosen?.id).toBe(several[1].id)
  })

  it('fills in a gender-inclusive title and the training years', async () => {
    const mechatronics = (await searchOccupations('Mechatroniker/in', { trainingOnly: true })).find((o) => o.name === 'Mechatroniker/in')!
    expect(occupationDefaults(mechatronics, 'ausbildung')).toEqual({ title: 'Ausbildung Mechatroniker/in (m/w/d)', trainingYears: '4' })
    expect(occupationDefaults(mechatronics, 'job')).toEqual({ title: 'Mechatroniker/in (m/w/d)', trainingYears: '' })
    expect(await getOccupationOption(0)).toBeNull()
  })
})

describe('resolvePlaceInput', () => {
  it('reads postal code and place, either alone, and the form back', async () => {
    const goslar = await resolvePlaceInput('38640 Goslar')
    expect(goslar).toMatchObject({ postalCode: '38640', name: 'Goslar' })
    expect((await resolvePlaceInput('Goslar'))?.name).toBe('Goslar')
    expect((await resolvePlaceInput('38855'))?.name).toBe('Wernigerode')
    expect((await resolvePlaceInput('wernigerode'))?.postalCode).toBe('38855')
  })

  it('refuses prefixes, unknown names and a code with a name that is not there', async () => {
    expect(await resolvePlaceInput('Gos')).toBeNull()
    expect(await resolvePlaceInput('386')).toBeNull()
    expect(await resolvePlaceInput('Atlantis')).toBeNull()
    expect(await resolvePlaceInput('38640 Berlin')).toBeNull()
    expect(await resolvePlaceInput('')).toBeNull()
  })
})
