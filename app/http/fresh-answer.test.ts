import { describe, expect, it } from 'vitest'
import { asksForFreshAnswer } from './fresh-answer'

const request = (headers: Record<string, string> = {}) => new Request('http://localhost/jobs?q=Koch', { headers })

describe('a request asking for a fresh answer', () => {
  it('is one with no-cache in Cache-Control or Pragma, not one that only limits the age', () => {
    expect(asksForFreshAnswer(request({ 'cache-control': 'no-cache' }))).toBe(true)
    expect(asksForFreshAnswer(request({ 'cache-control': 'max-age=0, no-cache' }))).toBe(true)
    expect(asksForFreshAnswer(request({ pragma: 'no-cache' }))).toBe(true)
    expect(asksForFreshAnswer(request({ 'cache-control': 'max-age=0' }))).toBe(false)
    expect(asksForFreshAnswer(request())).toBe(false)
  })
})
