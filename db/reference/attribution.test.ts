import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { REFERENCE_DATA_ATTRIBUTIONS } from './attribution'

describe('REFERENCE_DATA_ATTRIBUTIONS', () => {
  it('names every source the data README lists, in the same words', () => {
    const readme = readFileSync(new URL('../reference-data/README.md', import.meta.url), 'utf8')
    const listed = readme
      .slice(readme.indexOf('## Attribution'))
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2))
    expect(listed).toEqual([...REFERENCE_DATA_ATTRIBUTIONS])
  })
})
