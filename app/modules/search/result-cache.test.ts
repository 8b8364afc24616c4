import { describe, expect, it } from 'vitest'
import { SearchResultCache, type ResultCacheOptions } from './result-cache.server'

function setup(opts: Partial<ResultCacheOptions> = {}) {
  const state = { now: 0, version: 'v1', versionReads: 0, computed: 0, failVersion: false }
  const cache = new SearchResultCache<string>(
    async () => {
      state.versionReads += 1
      if (state.failVersion) throw new Error('down')
      return state.version
    },
    { maxEntries: 3, ttlMs: 60_000, versionCheckMs: 250, ...opts },
    () => state.now,
  )
  const ask = (key: string, reusable = true) =>
    cache.remember(key, async () => `${key}#${++state.computed}@${state.version}`, () => reusable)
  return { state, cache, ask }
}

describe('SearchResultCache', () => {
  it('reuses an answer while the index version stays, and reads the version at most every 250 ms', async () => {
    const { state, ask } = setup()
    expect(await ask('a')).toBe('a#1@v1')
    state.now = 100
    expect(await ask('a')).toBe('a#1@v1')
    state.now = 300
    expect(await ask('a')).toBe('a#1@v1')
    expect(state.versionReads).toBe(2)
  })

  it('computes anew once the index has changed, at the next version check', async () => {
    const { state, ask } = setup()
    await ask('a')
    state.version = 'v2'
    state.now = 200
    expect(await ask('a')).toBe('a#1@v1')
    state.now = 260
    expect(await ask('a')).toBe('a#2@v2')
  })

  it('never serves an answer past its time to live', async () => {
    const { state, ask } = setup({ ttlMs: 1_000 })
    await ask('a')
    state.now = 999
    expect(await ask('a')).toBe('a#1@v1')
    state.now = 1_000
    expect(await ask('a')).toBe('a#2@v1')
  })

  it('drops the least recently used answer beyond its size', async () => {
    const { cache, ask } = setup()
    await ask('a')
    await ask('b')
    await ask('c')
    await ask('a')
    await ask('d')
    expect(cache.size).toBe(3)
    expect(await ask('a')).toBe('a#1@v1')
    expect(await ask('b')).toBe('b#5@v1')
  })

  it('computes identical searches arriving together once', async () => {
    const { state, ask } = setup()
    const answers = await Promise.all([ask('a'), ask('a'), ask('a')])
    expect(answers).toEqual(['a#1@v1', 'a#1@v1', 'a#1@v1'])
    expect(state.computed).toBe(1)
  })

  it('keeps nothing it was told not to reuse, and nothing while the version cannot be read', async () => {
    const { state, cache, ask } = setup()
    await ask('fallback', false)
    expect(await ask('fallback', false)).toBe('fallback#2@v1')
    state.failVersion = true
    state.now = 1_000
    await ask('a')
    expect(await ask('a')).toBe('a#4@v1')
    expect(cache.size).toBe(0)
  })
})
