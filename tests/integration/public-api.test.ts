import type { AppLoadContext } from '@remix-run/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSearchClient, setSearch } from '../../search/client'
import { seedListing, seedOrganization, pickPlace } from '../../db/seed/factories'
import { indexListings, prepareListingIndex } from '../../app/modules/search/search-index.test-helper'
import { SEARCH_PARAMS } from '../../app/modules/search/search.schema'
import { FACET_PARAMS } from '../../app/modules/search/search-params'
import { getEnv } from '../../app/utils/env.server'
import { loader as listLoader } from '../../app/routes/api.v1.listings'
import { loader as oneLoader } from '../../app/routes/api.v1.listings.$id'
import { loader as openApiLoader } from '../../app/routes/api.v1.openapi[.]json'
import { setupAppDatabase } from '../support/app-database'
import { createTestSearch } from '../support/search'

const ctx = setupAppDatabase()
const search = createTestSearch()
const origin = getEnv().APP_ORIGIN
const ids: Record<string, number> = {}
const context = {} as AppLoadContext

const list = (query: string, method = 'GET') => listLoader({ request: new Request(`http://localhost/api/v1/listings${query}`, { method }), params: {}, context })
const one = (id: string) => oneLoader({ request: new Request(`http://localhost/api/v1/listings/${id}`), params: { id }, context })

beforeAll(async () => {
  const { db } = ctx
  const goslar = await pickPlace(db, { name: 'Goslar' })
  const nordhausen = await pickPlace(db, { name: 'Nordhausen' })
  const company = await seedOrganization(db, { name: 'API Testwerk GmbH', placeId: goslar.id })
  ids.training = (await seedListing(db, { organizationId: company.id, title: 'Azubi Mechatroniker/in (m/w/d)', placeId: goslar.id })).id
  ids.job = (
    await seedListing(db, {
      organizationId: company.id,
      offerType: 'job',
      title: 'Elektroniker/in (m/w/d)',
      placeId: nordhausen.id,
      payPeriod: 'month',
      payMin: 3200,
      payMax: 3800,
    })
  ).id
  ids.closed = (await seedListing(db, { organizationId: company.id, status: 'closed' })).id
  ids.draft = (await seedListing(db, { organizationId: company.id, status: 'draft', publishedAt: null })).id
  await prepareListingIndex(db, search)
  await indexListings(db, search, [ids.training, ids.job])
  setSearch(search)
}, 60_000)

afterAll(() => setSearch(undefined))

describe('GET /api/v1/listings', () => {
  it('answers hits with absolute URLs, salary and facets, open to every origin and cacheable for a minute', async () => {
    const response = await list('?type=ausbildung&type=job&where=Goslar&radius=100')
    expect(response.status).toBe(200)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=60')
    const body = await response.json()
    expect(body).toMatchObject({ total: 2, page: 1, size: 20, source: 'meilisearch' })
    expect(Object.keys(body.facets).sort()).toEqual([...FACET_PARAMS].sort())
    const training = body.hits.find((hit: { id: number }) => hit.id === ids.training)
    expect(training).toMatchObject({
      url: `${origin}/jobs/${ids.training}-azubi-mechatroniker-in-m-w-d`,
      title: 'Azubi Mechatroniker/in (m/w/d)',
      offerType: 'ausbildung',
      company: 'API Testwerk GmbH',
      place: 'Goslar',
      postalCode: expect.stringMatching(/^\d{5}$/),
      state: 'Niedersachsen',
      lat: expect.any(Number),
      lng: expect.any(Number),
      distanceKm: expect.any(Number),
      startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      salary: { currency: 'EUR', period: 'month', trainingAllowances: expect.any(Array) },
      publishedAt: expect.any(String),
    })
    const job = body.hits.find((hit: { id: number }) => hit.id === ids.job)
    expect(job.salary).toEqual({ currency: 'EUR', period: 'month', min: 3200, max: 3800, trainingAllowances: null })
    expect(job.state).toBe('Thüringen')
    // Goslar to Nordhausen, across the state line.
    expect(job.distanceKm).toBeGreaterThan(40)
    expect(job.distanceKm).toBeLessThan(80)
  })

  it('answers 400 naming every invalid, repeated and unknown parameter', async () => {
    const response = await list('?type=lehrstelle&radius=7&page=0&sort=newest&sort=distance&colour=blue')
    expect(response.status).toBe(400)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const body = await response.json()
    expect(body.error).toBe('invalid_parameters')
    const byName = Object.fromEntries(body.invalid.map((p: { name: string; message: string }) => [p.name, p.message]))
    expect(Object.keys(byName).sort()).toEqual(['colour', 'page', 'radius', 'sort', 'type'])
    expect(byName.type).toContain('ausbildung')
    expect(byName.radius).toContain('25')
    expect(byName.sort).toBe('may be given only once')
    expect(byName.colour).toBe('is not a parameter of this endpoint')
  })

  it('says "source": "fallback" when Postgres answers for an unreachable search engine', async () => {
    setSearch(createSearchClient({ url: 'http://127.0.0.1:9', apiKey: 'unused-key-0000000' }))
    try {
      const response = await list('?type=ausbildung&type=job&where=Goslar&radius=100')
      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject({ total: 2, source: 'fallback' })
    } finally {
      setSearch(search)
    }
  })

  it('answers 400 for a place it does not know', async () => {
    const response = await list('?where=Atlantis')
    expect(response.status).toBe(400)
    expect((await response.json()).invalid).toEqual([{ name: 'where', message: expect.any(String) }])
  })

  it('answers a CORS preflight', async () => {
    const response = await list('', 'OPTIONS')
    expect(response.status).toBe(204)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('GET')
  })
})

describe('GET /api/v1/listings/:id', () => {
  it('answers an open listing with all public fields', async () => {
    const response = await one(String(ids.job))
    expect(response.status).toBe(200)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const body = await response.json()
    expect(body).toMatchObject({
      id: ids.job,
      url: `${origin}/jobs/${ids.job}-elektroniker-in-m-w-d`,
      offerType: 'job',
      descriptionHtml: expect.stringContaining('<h3>'),
      company: { name: 'API Testwerk GmbH', url: expect.stringContaining(`${origin}/companies/`) },
      place: { name: 'Nordhausen', state: 'Thüringen' },
      salary: { min: 3200, max: 3800, period: 'month' },
      requirements: { minCertificate: 'hauptschule', minGerman: 'B1', drivingLicence: false },
    })
  })

  it('answers 410 for a closed listing, 404 for a draft or unknown id, 400 for a malformed id', async () => {
    const closed = await one(String(ids.closed))
    expect(closed.status).toBe(410)
    expect(await closed.json()).toEqual({ error: 'gone', id: ids.closed })
    expect(closed.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect((await one(String(ids.draft))).status).toBe(404)
    expect(await (await one('999999999')).json()).toEqual({ error: 'not_found' })
    expect((await one('abc')).status).toBe(400)
  })
})

describe('GET /api/v1/openapi.json', () => {
  it('describes both endpoints, every parameter with its values, and the error answers', async () => {
    const response = await openApiLoader({ request: new Request('http://localhost/api/v1/openapi.json'), params: {}, context })
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const doc = await response.json()
    expect(doc.openapi).toBe('3.1.0')
    const listOp = doc.paths['/api/v1/listings'].get
    expect(listOp.parameters.map((p: { name: string }) => p.name).sort()).toEqual([...SEARCH_PARAMS].sort())
    const type = listOp.parameters.find((p: { name: string }) => p.name === 'type')
    expect(type.schema.items.enum).toEqual(['ausbildung', 'job', 'praktikum', 'duales-studium', 'eq'])
    expect(Object.keys(listOp.responses)).toEqual(['200', '400'])
    expect(doc.components.schemas.ListingPage.properties.source.enum).toEqual(['meilisearch', 'fallback'])
    expect(doc.components.schemas.ListingPage.required).toContain('source')
    expect(Object.keys(doc.paths['/api/v1/listings/{id}'].get.responses)).toEqual(['200', '400', '404', '410'])
    // Every $ref points at a schema that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1])
    for (const name of refs) expect(doc.components.schemas).toHaveProperty(name)
  })
})
