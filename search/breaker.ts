import { MeilisearchApiError, MeilisearchError } from 'meilisearch'

/** Thrown instead of calling an engine known to be down; callers answer from Postgres. */
export class SearchUnavailableError extends Error {
  constructor(reason: string) {
    super(`Meilisearch unavailable: ${reason}`)
    this.name = 'SearchUnavailableError'
  }
}

/** An outage rather than a refusal: no answer, no answer in time, or a server error. */
export function isOutage(error: unknown): boolean {
  if (error instanceof MeilisearchApiError) return (error.response?.status ?? 500) >= 500
  if (error instanceof MeilisearchError) return true
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')
}

export type BreakerState = 'closed' | 'open' | 'half-open' | 'held'

export interface BreakerOptions {
  /** How long calls skip the engine after the first failure; doubles with each failed probe. */
  coolDownMs: number
  maxCoolDownMs: number
  clock: () => number
  onChange?: (state: BreakerState, reason: string) => void
}

export const BREAKER_DEFAULTS: BreakerOptions = { coolDownMs: 1_000, maxCoolDownMs: 15_000, clock: Date.now }

/**
 * A circuit breaker in front of Meilisearch. Closed: calls go through, each with a deadline. One
 * outage opens it: for a cool-down every call fails at once (callers answer from Postgres), then one
 * call alone probes the engine (half-open) while the others keep skipping it; its success closes
 * the breaker, its failure opens it again for twice as long. `hold()` keeps it open while the engine
 * is known to be down or its index is being rebuilt, until `release()`.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed'
  private openUntil = 0
  private coolDown: number
  private readonly opts: BreakerOptions

  constructor(opts: Partial<BreakerOptions> = {}) {
    this.opts = { ...BREAKER_DEFAULTS, ...opts }
    this.coolDown = this.opts.coolDownMs
  }

  get state(): BreakerState {
    return this.current
  }

  /**
   * Runs `call`, or fails at once while open. After `timeoutMs` the signal handed to `call` aborts
   * and the run fails with a TimeoutError, whether or not `call` listens to the signal.
   */
  async run<T>(call: (signal: AbortSignal) => Promise<T>, timeoutMs: number): Promise<T> {
    if (!this.admit()) throw new SearchUnavailableError(this.current === 'held' ? 'restarting' : 'recently failed')
    const signal = AbortSignal.timeout(timeoutMs)
    let onAbort = () => {}
    const deadline = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason)
      signal.addEventListener('abort', onAbort, { once: true })
    })
    try {
      const result = await Promise.race([call(signal), deadline])
      this.succeeded()
      return result
    } catch (error) {
      if (isOutage(error)) this.failed(error instanceof Error ? error.message : String(error))
      else this.succeeded()
      throw error
    } finally {
      signal.removeEventListener('abort', onAbort)
    }
  }

  hold(reason: string): void {
    this.change('held', reason)
  }

  release(): void {
    if (this.current !== 'held') return
    this.coolDown = this.opts.coolDownMs
    this.change('closed', 'released')
  }

  private admit(): boolean {
    if (this.current === 'closed') return true
    if (this.current === 'open' && this.opts.clock() >= this.openUntil) {
      this.change('half-open', 'probing')
      return true
    }
    return false
  }

  private succeeded(): void {
    if (this.current === 'held') return
    this.coolDown = this.opts.coolDownMs
    if (this.current !== 'closed') this.change('closed', 'engine answered')
  }

  private failed(reason: string): void {
    if (this.current === 'held') return
    if (this.current === 'half-open') this.coolDown = Math.min(this.coolDown * 2, this.opts.maxCoolDownMs)
    this.openUntil = this.opts.clock() + this.coolDown
    if (this.current !== 'open') this.change('open', reason)
  }

  private change(state: BreakerState, reason: string): void {
    if (state === this.current) return
    this.current = state
    this.opts.onChange?.(state, reason)
  }
}
