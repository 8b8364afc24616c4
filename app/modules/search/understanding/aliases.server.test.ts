import { describe, expect, it } from 'vitest'
import { setupAppDatabase } from '../../../../tests/support/app-database'
import { OCCUPATION_ALIASES } from './aliases'
import { getLexicons } from './lexicon.server'
import { foldedWords, keyOf } from './words'

const ctx = setupAppDatabase()

describe('occupation aliases', () => {
  it('each name an occupation of the reference data, so no alias silently finds nothing', async () => {
    const { occupations } = await getLexicons(ctx.db)
    const unresolved = OCCUPATION_ALIASES.flatMap((alias) => alias.terms).filter((term) => !occupations.aliases.get(keyOf(foldedWords(term)))?.size)
    expect(unresolved).toEqual([])
  })
})
