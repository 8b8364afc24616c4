import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch'
import { describe, expect, it } from 'vitest'
import { CircuitBreaker, type BreakerState } from './breaker'

const down = () => Promise.reject(new MeilisearchRequestError('http://127.0.0.1:1/multi-search', new Error('connect ECONNREFUSED')))
const up = () => Promise.resolve('answer')

function breakerWithClock() {
  let now = 0
  const changes: BreakerState[] = []
  const breaker = new CircuitBreaker({ coolDownMs: 1_000, maxCoolDownMs: 4_000, clock: () => now, onChange: (state) => changes.push(state) })
  return { breaker, changes, advance: (ms: number) => (now += ms) }
}

describe('CircuitBreaker', () => {
  it('skips the engine after one outage, lets one probe through after the cool-down, and closes when it answers', async () => {
    const { breaker, changes, advance } = breakerWithClock()
    await expect(breaker.run(down, 300)).rejects.toMatchObject({ name: 'MeilisearchRequestError' })
    let calls = 0
    const counted = () => (calls++, up())
    await expect(breaker.run(counted, 300)).rejects.toMatchObject({ name: 'SearchUnavailableError' })
    expect(calls).toBe(0)

    advance(1_000)
    let release: (value: string) => void = () => {}
    const probe = breaker.run(() => new Promise<string>((resolve) => (release = resolve)), 300)
    // While the probe is out, everyone else still answers without the engine.
    await expect(breaker.run(counted, 300)).rejects.toMatchObject({ name: 'SearchUnavailableError' })
    release('answer')
    await expect(probe).resolves.toBe('answer')
    await expect(breaker.run(counted, 300)).resolves.toBe('answer')
    expect(changes).toEqual(['open', 'half-open', 'closed'])
  })

  it('doubles the cool-down after each failed probe, up to its ceiling', async () => {
    const { breaker, advance } = breakerWithClock()
    await breaker.run(down, 300).catch(() => {})
    for (const wait of [1_000, 2_000, 4_000, 4_000]) {
      advance(wait - 1)
      await expect(breaker.run(up, 300)).rejects.toMatchObject({ name: 'SearchUnavailableError' })
      advance(1)
      await expect(breaker.run(down, 300)).rejects.toMatchObject({ name: 'MeilisearchRequestError' })
    }
  })

  it('gives up on a hung engine at the deadline, even when the call ignores its signal', async () => {
    const { breaker } = breakerWithClock()
    const started = performance.now()
    await expect(breaker.run(() => new Promise(() => {}), 100)).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(performance.now() - started).toBeLessThan(500)
    expect(breaker.state).toBe('open')
  })

  it('stays closed when the engine refuses a query: that is a bug to report, not an outage', async () => {
    const { breaker } = breakerWithClock()
    const refusal = new MeilisearchApiError(new Response(null, { status: 400 }), { message: 'invalid filter', code: 'invalid_search_filter', type: 'invalid_request', link: '' })
    await expect(breaker.run(() => Promise.reject(refusal), 300)).rejects.toBe(refusal)
    expect(breaker.state).toBe('closed')
  })

  it('stays open while held, whatever the calls in flight report, until released', async () => {
    const { breaker, advance } = breakerWithClock()
    breaker.hold('engine restarting')
    advance(60_000)
    await expect(breaker.run(up, 300)).rejects.toThrow(/restarting/)
    breaker.release()
    await expect(breaker.run(up, 300)).resolves.toBe('answer')
  })
})
