import { describe, expect, it } from 'vitest'
import type { OccupationAlias } from './aliases'
import { buildOccupationLexicon, buildPlaceLexicon, type LexiconOccupation } from './lexicon'
import { typoDistance } from './typos'
import { understandQuery, withoutPart } from './understand'

const occupation = (id: number, name: string, masculine: string | null, feminine: string | null, labels: LexiconOccupation['labels'] = {}, kind: LexiconOccupation['kind'] = 'training'): LexiconOccupation => ({
  id, kind, name, nameMasculine: masculine, nameFeminine: feminine, labels, fieldCode: kind === 'training' ? '25' : null, iscoGroup: null,
})

const OCCUPATIONS = [
  occupation(1, 'Kraftfahrzeugmechatroniker/in', 'Kraftfahrzeugmechatroniker', 'Kraftfahrzeugmechatronikerin', { en: ['motor vehicle mechanic'] }),
  occupation(2, 'Mechatroniker/in', 'Mechatroniker', 'Mechatronikerin'),
  occupation(3, 'Koch/Köchin', 'Koch', 'Köchin', { en: ['cook'], ar: ['طاهي'] }),
  occupation(4, 'Kaufmann/-frau im Einzelhandel', 'Kaufmann im Einzelhandel', 'Kauffrau im Einzelhandel'),
  occupation(5, 'Industriemechaniker/in', 'Industriemechaniker', 'Industriemechanikerin'),
  occupation(6, 'Fachkraft Küche', 'Fachkraft Küche', null, { de: ['Koch/Köchin'] }),
  occupation(7, 'Koch/Köchin', null, null, { de: ['Koch/Köchin'] }, 'esco'),
  occupation(8, 'Pflegehelfer/in', null, null, { de: ['Pflegehelfer/Pflegehelferin'] }, 'esco'),
]
const ALIASES: OccupationAlias[] = [
  { terms: ['Kfz'], means: ['Kraftfahrzeugmechatroniker'], lang: 'de', kind: 'abbreviation' },
  { terms: ['Altenpfleger', 'доглядальниця'], means: ['Pflegehelfer'], lang: 'de', kind: 'equivalent' },
]
const lexicons = {
  occupations: buildOccupationLexicon(OCCUPATIONS, ALIASES),
  places: buildPlaceLexicon([
    { name: 'Goslar', postalCode: '38640', population: 50_000, isHarz: true },
    { name: 'Nordhausen', postalCode: '99734', population: 41_000, isHarz: true },
    { name: 'Blankenburg (Harz)', postalCode: '38889', population: 20_000, isHarz: true },
    { name: 'Elend', postalCode: '38875', population: 400, isHarz: true },
  ]),
}
const read = (text: string) => understandQuery(text, lexicons)

describe('understandQuery', () => {
  it('reads an occupation by its name, gender form, compound spelling and abbreviation', () => {
    for (const text of ['Kraftfahrzeugmechatroniker', 'Kraftfahrzeugmechatronikerin', 'Kfz-Mechatroniker', 'KFZ Mechatroniker', 'Kfz']) {
      expect(read(text).occupationIds, text).toEqual([1])
    }
  })

  it('finds the specialisations a name begins and the compounds a long word ends', () => {
    expect(read('Mechatroniker').occupationIds).toEqual([1, 2])
    expect(read('Mechaniker').occupationIds).toEqual([5])
    expect(read('Kaufmann Einzelhandel').occupationIds).toEqual([4])
  })

  it('names the training occupation, not every one whose ESCO links mention the word', () => {
    expect(read('Koch').occupationIds).toEqual([3, 7])
    expect(read('Koch/Köchin').occupationIds).toEqual([3, 7])
  })

  it('reads an ESCO occupation as the training occupations linked to it, and aliases in any language', () => {
    expect(read('Altenpfleger').occupationIds).toEqual([8])
    expect(read('доглядальниця').occupationIds).toEqual([8])
    expect(read('cook').occupationIds).toEqual([3])
    expect(read('طاهي').occupationIds).toEqual([3])
  })

  it('forgives typos in longer words only, and never the first letter', () => {
    expect(read('Mechatronker').occupationIds).toEqual([1, 2])
    expect(read('Kcoh').occupationIds).toBeNull()
    expect(read('Nechatroniker').occupationIds).toBeNull()
  })

  it('keeps a long ordinary word as text when only a label is two typos away', () => {
    const lexicon = buildOccupationLexicon([occupation(9, 'Drechsler/in', 'Drechsler', 'Drechslerin', { de: ['Schnitzwerker'] })], [])
    expect(understandQuery('Schnitzwerk', { ...lexicons, occupations: lexicon })).toMatchObject({ occupationIds: null, freeText: 'Schnitzwerk' })
  })

  it('turns offer types, working times and a place into filters and keeps the rest as text', () => {
    const query = read('Ausbildung Kfz in Nordhausen Teilzeit vegan')
    expect(query).toMatchObject({ occupationIds: [1], offerTypes: ['ausbildung'], workingTimes: ['teilzeit'], where: 'Nordhausen', freeText: 'vegan' })
    expect(read('Azubi Koch 38640')).toMatchObject({ offerTypes: ['ausbildung'], where: '38640', freeText: '' })
    expect(read('Aushilfe').workingTimes).toEqual(['minijob', 'teilzeit'])
  })

  it('reads a small place only after "in", and a parenthesised name by its first part', () => {
    expect(read('Koch Elend').where).toBeNull()
    expect(read('Koch in Elend').where).toBe('Elend')
    expect(read('Koch Blankenburg').where).toBe('Blankenburg')
  })

  it('drops filler words and lets no joining word end an occupation', () => {
    expect(read('Stelle als Koch (m/w/d) gesucht ab sofort')).toMatchObject({ occupationIds: [3, 7], freeText: '' })
    expect(read('Koch in Goslar')).toMatchObject({ occupationIds: [3, 7], where: 'Goslar' })
  })

  it('says how to drop each part', () => {
    const query = read('Ausbildung Kfz in Nordhausen')
    expect(query.parts.map((part) => withoutPart(query, part))).toEqual(['Kfz in Nordhausen', 'Ausbildung in Nordhausen', 'Ausbildung Kfz'])
  })
})

describe('typoDistance', () => {
  it('counts a swap of neighbours once and stops beyond the limit', () => {
    expect(typoDistance('mechatronker', 'mechatroniker', 2)).toBe(1)
    expect(typoDistance('dachdekcer', 'dachdecker', 2)).toBe(1)
    expect(typoDistance('koch', 'friseur', 2)).toBe(3)
  })
})
