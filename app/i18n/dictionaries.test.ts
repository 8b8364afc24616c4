import { describe, expect, it } from 'vitest'
import { dictionaryOf } from '.'
import { placeholdersOf } from './message-format'
import { INTERFACE_LANGS } from '../../values/accounts'

const german = dictionaryOf('de')

describe.each(INTERFACE_LANGS.filter((lang) => lang !== 'de'))('the %s dictionary', (lang) => {
  const dictionary = dictionaryOf(lang)

  it('has every German key, and no other', () => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(german).sort())
  })

  it('uses the same placeholders as German in every message', () => {
    const differing = Object.keys(german).filter((key) => {
      const own = dictionary[key as keyof typeof german]
      return own !== undefined && placeholdersOf(own).join() !== placeholdersOf(german[key as keyof typeof german]).join()
    })
    expect(differing).toEqual([])
  })

  it('has no empty message', () => {
    expect(Object.entries(dictionary).filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([])
  })
})
