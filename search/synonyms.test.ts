import { describe, expect, it } from 'vitest'
import { buildSynonyms, genderPair, MAX_DERIVED_SYNONYM_PAIRS } from './synonyms'

const occupation = (name: string, nameMasculine: string | null = null, nameFeminine: string | null = null) => ({
  name,
  nameMasculine,
  nameFeminine,
})

describe('genderPair', () => {
  it('pairs the masculine and feminine names of a training occupation', () => {
    expect(genderPair(occupation('Bäcker/Bäckerin', 'Bäcker', 'Bäckerin'))).toEqual(['bäcker', 'bäckerin'])
  })

  it('pairs only the head word when the rest of the name is shared', () => {
    const name = 'Kaufmann für Büromanagement/Kauffrau für Büromanagement'
    expect(genderPair(occupation(name, 'Kaufmann für Büromanagement', 'Kauffrau für Büromanagement'))).toEqual([
      'kaufmann',
      'kauffrau',
    ])
  })

  it('reads the short "/in" form and the slash form of a name', () => {
    expect(genderPair(occupation('Friseur/in'))).toEqual(['friseur', 'friseurin'])
    expect(genderPair(occupation('Koch/Köchin'))).toEqual(['koch', 'köchin'])
  })

  it('gives nothing for names without a feminine form', () => {
    expect(genderPair(occupation('Asphaltbauer', 'Asphaltbauer', null))).toBeNull()
  })
})

describe('buildSynonyms', () => {
  it('keeps the fixed word equivalences in both directions where they are mutual', () => {
    const synonyms = buildSynonyms([])
    expect(synonyms.kfz).toContain('kraftfahrzeug')
    expect(synonyms.kraftfahrzeug).toContain('kfz')
    expect(synonyms.elektriker).toEqual(['elektroniker'])
    expect(synonyms.elektroniker).toBeUndefined()
    expect(synonyms.azubi).toContain('ausbildung')
  })

  it('links masculine and feminine occupation names both ways', () => {
    const synonyms = buildSynonyms([occupation('Bäcker/Bäckerin', 'Bäcker', 'Bäckerin')])
    expect(synonyms.bäcker).toEqual(['bäckerin'])
    expect(synonyms.bäckerin).toEqual(['bäcker'])
  })

  it('adds the abbreviated Kfz form of Kraftfahrzeug occupations', () => {
    const synonyms = buildSynonyms([
      occupation('Kraftfahrzeugmechatroniker/in', 'Kraftfahrzeugmechatroniker', 'Kraftfahrzeugmechatronikerin'),
    ])
    expect(synonyms.kraftfahrzeugmechatroniker).toEqual(
      expect.arrayContaining(['kraftfahrzeugmechatronikerin', 'kfz-mechatroniker', 'kfzmechatroniker']),
    )
    expect(synonyms['kfz-mechatroniker']).toContain('kraftfahrzeugmechatroniker')
  })

  it('stays a sensible size however many occupations come in', () => {
    const letters = (n: number) => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))
    const many = Array.from({ length: 5000 }, (_, i) => occupation(`Beruf${letters(i)}er/in`))
    const synonyms = buildSynonyms(many)
    const derivedKeys = Object.keys(synonyms).filter((k) => k.startsWith('beruf'))
    expect(derivedKeys.length).toBe(MAX_DERIVED_SYNONYM_PAIRS * 2)
    expect(JSON.stringify(synonyms).length).toBeLessThan(200_000)
  })

  it('gives the same result for the same input', () => {
    const input = [occupation('Koch/Köchin'), occupation('Friseur/in')]
    expect(JSON.stringify(buildSynonyms(input))).toBe(JSON.stringify(buildSynonyms([...input].reverse())))
  })
})
