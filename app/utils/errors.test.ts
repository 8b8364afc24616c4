import { describe, expect, it } from 'vitest'
import { AppError, Conflict, Invalid, NotFound } from './errors'

describe('typed errors', () => {
  it('are recognised across copies of the module, as the built routes and the server edge each have one', () => {
    // What the bundle's own Invalid looks like from the edge's copy: another class of the same kind.
    class BundledInvalid extends AppError {
      static readonly kind: string = 'Invalid'
    }
    const error = new BundledInvalid(400, 'invalid input')
    expect(error instanceof Invalid).toBe(true)
    expect(error instanceof AppError).toBe(true)
    expect(error instanceof NotFound).toBe(false)
    expect(new Conflict({}) instanceof Invalid).toBe(true)
    expect(new Invalid({}) instanceof Conflict).toBe(false)
    expect(new Error('x') instanceof AppError).toBe(false)
  })
})
