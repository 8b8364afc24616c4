import { describe, expect, it } from 'vitest'
import { parseSearchParams, SEARCH_PARAMS } from '../search/search.schema'
import { openApiDocument } from './openapi'

interface ParameterSchema {
  type?: string
  enum?: Array<string | number>
  minimum?: number
  maximum?: number
  maxLength?: number
  pattern?: string
  default?: string | number
}

const listOp = openApiDocument('https://passgenau.example').paths['/api/v1/listings'].get
const documented = listOp.parameters.map((p) => ({ name: p.name, schema: ('items' in p.schema ? p.schema.items : p.schema) as ParameterSchema }))

/** Whether the API's parser takes `value` for `name` (strict, as /api/v1/listings reads it). */
const accepts = (name: string, value: string | number) => parseSearchParams(new URLSearchParams({ [name]: String(value) }), { strict: true }).invalid.length === 0

describe('the OpenAPI parameters', () => {
  it('name every parameter the search reads, and no other', () => {
    expect(documented.map((p) => p.name).sort()).toEqual([...SEARCH_PARAMS].sort())
  })

  it('state the constraints the parser applies', () => {
    let checked = 0
    for (const { name, schema } of documented) {
      if (schema.enum) {
        for (const value of schema.enum) expect(accepts(name, value), `${name}=${value}`).toBe(true)
        expect(accepts(name, 'not-a-value'), `${name}=not-a-value`).toBe(false)
        checked++
      }
      if (schema.minimum !== undefined && Number.isSafeInteger(schema.minimum) && schema.minimum > Number.MIN_SAFE_INTEGER) {
        expect(accepts(name, schema.minimum), `${name}=${schema.minimum}`).toBe(true)
        expect(accepts(name, schema.minimum - 1), `${name}=${schema.minimum - 1}`).toBe(false)
        checked++
      }
      if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) {
        expect(accepts(name, schema.maximum), `${name}=${schema.maximum}`).toBe(true)
        expect(accepts(name, schema.maximum + 1), `${name}=${schema.maximum + 1}`).toBe(false)
        checked++
      }
      if (schema.type === 'integer' && !schema.enum) {
        expect(accepts(name, 1.5), `${name}=1.5`).toBe(false)
        checked++
      }
      if (schema.maxLength !== undefined) {
        expect(accepts(name, 'x'.repeat(schema.maxLength)), `${name} of ${schema.maxLength} characters`).toBe(true)
        expect(accepts(name, 'x'.repeat(schema.maxLength + 1)), `${name} of ${schema.maxLength + 1} characters`).toBe(false)
        checked++
      }
      if (schema.default !== undefined) {
        expect(parseSearchParams('', { strict: true }).input, `default of ${name}`).toHaveProperty(name, schema.default)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(20)
  })

  it('state the patterns the parser applies', () => {
    const pattern = (name: string) => new RegExp(documented.find((p) => p.name === name)!.schema.pattern!)
    for (const [name, samples] of Object.entries({ start: ['2026-09', '2100-12', '1999-12', '2101-01', '2026-13', '26-09'], field: ['25', '01', '2', '255', 'ab'] })) {
      for (const value of samples) expect(accepts(name, value), `${name}=${value}`).toBe(pattern(name).test(value))
    }
  })
})
