import { describe, expect, it } from 'vitest'
import { parseSearchParams } from './search.schema'
import { emptySearchInput } from './search-params'
import { searchHref, toSearchParams, toggleFacet } from './search-url'

const parse = (query: string, strict = false) => parseSearchParams(`/jobs?${query}`, { strict })

describe('parseSearchParams', () => {
  it('reads an empty query as the default search', () => {
    expect(parse('')).toEqual({ input: emptySearchInput(), invalid: [] })
  })

  it('reads every parameter of the issue', () => {
    const { input, invalid } = parse(
      'q=Mechatroniker&where=Goslar&radius=50&type=ausbildung&type=job&field=26&time=teilzeit&start=2027-08&cert=hauptschule' +
        '&german=B1&salary=1200&benefit=shuttle&benefit=housing&worklang=uk&worklang=ar&refugees=1&germancourse=ja&verified=on&since=7&sort=distance&page=3&size=50',
    )
    expect(invalid).toEqual([])
    expect(input).toEqual({
      ...emptySearchInput(),
      q: 'Mechatroniker',
      where: 'Goslar',
      radius: 50,
      type: ['ausbildung', 'job'],
      field: ['26'],
      time: ['teilzeit'],
      start: '2027-08',
      cert: 'hauptschule',
      german: 'B1',
      salary: 1200,
      benefit: ['shuttle', 'housing'],
      worklang: ['uk', 'ar'],
      refugees: true,
      germancourse: true,
      verified: true,
      since: 7,
      sort: 'distance',
      page: 3,
      size: 50,
    })
  })

  it('defaults the radius to 25 km with a place and ignores it without one', () => {
    expect(parse('where=38640').input.radius).toBe(25)
    expect(parse('radius=50').input.radius).toBeNull()
  })

  it('treats the empty fields a GET form sends as absent', () => {
    expect(parse('q=&where=&radius=25&type=&salary=&sort=').input).toEqual(emptySearchInput())
  })

  it('drops invalid values and names them', () => {
    const { input, invalid } = parse('radius=20&type=ausbildung&type=urlaub&start=2027-13&german=D1&salary=-5&page=0&size=500&sort=best')
    expect(input).toEqual({ ...emptySearchInput(), type: ['ausbildung'] })
    expect(invalid.map((i) => i.name).sort()).toEqual(['german', 'page', 'radius', 'salary', 'size', 'sort', 'start', 'type'])
    expect(invalid.find((i) => i.name === 'type')).toEqual({ name: 'type', reason: 'invalid', value: 'urlaub' })
  })

  it('lets the first of a repeated single parameter win; strict mode also reports it', () => {
    expect(parse('sort=newest&sort=salary').input.sort).toBe('newest')
    expect(parse('sort=newest&sort=salary').invalid).toEqual([])
    expect(parse('sort=newest&sort=salary', true).invalid).toEqual([{ name: 'sort', reason: 'repeated' }])
  })

  it('reports unknown parameters in strict mode only', () => {
    expect(parse('q=koch&utm_source=x').invalid).toEqual([])
    expect(parse('q=koch&utm_source=x', true).invalid).toEqual([{ name: 'utm_source', reason: 'unknown' }])
  })

  it('removes repeated values of a multi parameter and trims text', () => {
    expect(parse('type=job&type=job&q=%20%20Koch%20').input).toMatchObject({ type: ['job'], q: 'Koch' })
  })

  it('caps the size at 100 and refuses pages below 1', () => {
    expect(parse('size=100').input.size).toBe(100)
    expect(parse('size=101', true).invalid).toEqual([{ name: 'size', reason: 'invalid', value: '101' }])
    expect(parse('page=-1').input.page).toBe(1)
  })
})

describe('search links', () => {
  const input = parse('q=Koch&where=Goslar&type=job&sort=newest&page=4').input

  it('round-trip through the query string without defaults', () => {
    expect(toSearchParams(input).toString()).toBe('q=Koch&where=Goslar&radius=25&type=job&sort=newest&page=4')
    expect(parse(toSearchParams(input).toString()).input).toEqual(input)
  })

  it('start again on page 1 when a filter changes, keeping the other parameters', () => {
    expect(searchHref(input, toggleFacet(input, 'type', 'ausbildung'))).toBe('/jobs?q=Koch&where=Goslar&radius=25&type=job&type=ausbildung&sort=newest')
    expect(searchHref(input, toggleFacet(input, 'type', 'job'))).toBe('/jobs?q=Koch&where=Goslar&radius=25&sort=newest')
  })
})
