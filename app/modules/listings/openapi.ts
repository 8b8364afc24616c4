import { z } from 'zod'
import { SEARCH_PARAM_SCHEMAS } from '../search/search.schema'
import { emptySearchInput, FACET_PARAMS } from '../search/search-params'
import { QUERY_PARAMETERS } from './public-api'
import { SECTORS, SIZE_BANDS } from '../../../values/organizations'
import { BENEFITS, CERTIFICATES, GERMAN_LEVELS, OFFER_TYPES, WORKING_TIMES, WORKPLACE_LANGUAGES } from '../../../values/listings'

const str = { type: 'string' } as const
const nullable = (schema: Record<string, unknown>) => ({ ...schema, type: [schema.type, 'null'] })
const dateTime = { type: 'string', format: 'date-time' } as const
const date = { type: 'string', format: 'date' } as const
const enumOf = (values: readonly string[]) => ({ type: 'string', enum: [...values] })
const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  ...extra,
})
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const jsonContent = (schema: unknown) => ({ 'application/json': { schema } })
const CORS_HEADER = { 'Access-Control-Allow-Origin': { schema: { type: 'string', const: '*' } } }

const schemas = {
  Salary: nullable(
    object(
      {
        currency: { type: 'string', const: 'EUR' },
        period: enumOf(['hour', 'month', 'year']),
        min: nullable({ type: 'number' }),
        max: nullable({ type: 'number' }),
        trainingAllowances: nullable({ type: 'array', items: { type: 'number' }, description: 'Monthly allowance of each training year, first year first.' }),
      },
      { description: 'Gross pay (EU pay transparency): a range per period, or the allowance of every training year. Null when not given.' },
    ),
  ),
  Hit: object({
    id: { type: 'integer' },
    url: { type: 'string', format: 'uri' },
    title: str,
    offerType: enumOf(OFFER_TYPES),
    workingTime: enumOf(WORKING_TIMES),
    company: str,
    companyUrl: { type: 'string', format: 'uri' },
    companyVerified: { type: 'boolean' },
    place: str,
    postalCode: { type: 'string', pattern: '^\\d{5}$' },
    district: str,
    state: str,
    lat: { type: 'number' },
    lng: { type: 'number' },
    distanceKm: nullable({ type: 'number', description: 'Great-circle distance from "where"; null without it.' }),
    startDate: date,
    salary: ref('Salary'),
    publishedAt: nullable(dateTime),
  }),
  FacetValue: object({
    value: str,
    label: nullable({ type: 'string', description: 'A title from the data (occupation fields); null where the value speaks for itself.' }),
    count: { type: 'integer' },
    selected: { type: 'boolean' },
  }),
  ListingPage: object({
    total: { type: 'integer' },
    page: { type: 'integer' },
    size: { type: 'integer' },
    source: {
      type: 'string',
      enum: ['meilisearch', 'fallback'],
      description:
        'Who answered: the search engine, or, while it is out, the database ("fallback"): the same filters and hits, a plainer relevance order (no typo tolerance or synonyms across languages).',
    },
    hits: { type: 'array', items: ref('Hit') },
    facets: object(Object.fromEntries(FACET_PARAMS.map((name) => [name, { type: 'array', items: ref('FacetValue') }]))),
    understood: {
      type: 'array',
      description: 'What "q" was read as: occupations, offer types, working times and a place, each filtering the answer. Empty with "literal".',
      items: object({
        kind: enumOf(['occupation', 'type', 'time', 'place']),
        text: { type: 'string', description: 'The words of "q" this part was read from.' },
        label: nullable({ type: 'string', description: 'Occupation names or the place; null for offer types and working times.' }),
        values: { type: 'array', items: str, description: 'Occupation ids, offer types, working times or the place.' },
      }),
    },
    related: {
      type: 'array',
      description: 'For fewer than five hits of a named occupation: related occupations (KldB) with their hits under the same filters.',
      items: object({ name: str, count: { type: 'integer' } }),
    },
  }),
  Listing: object({
    id: { type: 'integer' },
    url: { type: 'string', format: 'uri' },
    title: str,
    offerType: enumOf(OFFER_TYPES),
    occupation: object({
      name: str,
      durationMonths: nullable({ type: 'integer' }),
      isCrafts: { type: 'boolean' },
      field: nullable(object({ code: str, title: nullable(str) })),
      iscoGroup: nullable(str),
    }),
    descriptionHtml: { type: 'string', description: 'Sanitized HTML: paragraphs, lists, emphasis, headings, links.' },
    company: object({
      name: str,
      url: { type: 'string', format: 'uri' },
      website: nullable(str),
      sector: enumOf(SECTORS),
      sizeBand: nullable(enumOf(SIZE_BANDS)),
      verified: { type: 'boolean' },
      trainingCompany: { type: 'boolean' },
    }),
    place: object({ name: str, postalCode: str, district: str, state: str, lat: { type: 'number' }, lng: { type: 'number' } }),
    workingTime: enumOf(WORKING_TIMES),
    startDate: date,
    placesCount: { type: 'integer' },
    salary: ref('Salary'),
    requirements: object({ minCertificate: enumOf(CERTIFICATES), minGerman: enumOf(GERMAN_LEVELS), drivingLicence: { type: 'boolean' } }),
    benefits: { type: 'array', items: enumOf(BENEFITS) },
    suitableForRefugees: { type: 'boolean' },
    recognitionSupport: { type: 'boolean' },
    workplaceLanguages: { type: 'array', items: enumOf(WORKPLACE_LANGUAGES), description: 'Languages spoken at the workplace (ISO 639-1)' },
    germanCourseSupport: { type: 'boolean', description: 'The company supports a German course' },
    applicationDeadline: nullable(date),
    contactName: nullable(str),
    publishedAt: dateTime,
    expiresAt: nullable(dateTime),
  }),
  InvalidParameters: object({
    error: { type: 'string', const: 'invalid_parameters' },
    invalid: { type: 'array', items: object({ name: str, message: str }) },
  }),
  NotFound: object({ error: { type: 'string', const: 'not_found' } }),
  Gone: object({ error: { type: 'string', const: 'gone' }, id: { type: 'integer' } }),
}

const paramSchemas: Record<string, z.ZodType> = { ...SEARCH_PARAM_SCHEMAS.single, ...SEARCH_PARAM_SCHEMAS.multi }
const defaults = emptySearchInput() as unknown as Record<string, unknown>

/** The JSON Schema of one query parameter, generated from the zod schema that parses it, so the two cannot drift. */
export function parameterSchema(name: string): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(paramSchemas[name], { io: 'input', unrepresentable: 'throw' })
  const fallback = defaults[name]
  return typeof fallback === 'number' || (typeof fallback === 'string' && fallback !== '') ? { ...schema, default: fallback } : schema
}

const parameters = QUERY_PARAMETERS.map((p) => {
  const many = p.name in SEARCH_PARAM_SCHEMAS.multi
  return {
    name: p.name,
    in: 'query',
    required: false,
    description: `${p.expects[0].toUpperCase()}${p.expects.slice(1)}.${many ? ' Repeat the parameter for several values (OR).' : ''}`,
    schema: many ? { type: 'array', items: parameterSchema(p.name) } : parameterSchema(p.name),
    ...(many ? { style: 'form', explode: true } : {}),
  }
})

const invalid = { description: 'Invalid parameters, each named with what it expects.', headers: CORS_HEADER, content: jsonContent(ref('InvalidParameters')) }

/** OpenAPI 3.1 description of the public listings API. */
export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Passgenau public listings API',
      version: '1.0.0',
      description:
        'Open jobs and training places in the Harz, for partners such as chambers and municipalities. Read-only, no key needed, CORS open to every origin. List answers may be cached for 60 seconds; identical searches share one answer while the listings are unchanged, and a request with `Cache-Control: no-cache` gets one computed afresh.',
    },
    servers: [{ url: origin }],
    paths: {
      '/api/v1/listings': {
        get: {
          operationId: 'searchListings',
          summary: 'Search open listings (the same parameters as /jobs, plus size)',
          parameters,
          responses: {
            '200': { description: 'One page of hits with facet counts.', headers: CORS_HEADER, content: jsonContent(ref('ListingPage')) },
            '400': invalid,
          },
        },
      },
      '/api/v1/listings/{id}': {
        get: {
          operationId: 'getListing',
          summary: 'One open listing with all public fields',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: {
            '200': { description: 'The listing.', headers: CORS_HEADER, content: jsonContent(ref('Listing')) },
            '400': invalid,
            '404': { description: 'No such listing (or never published).', headers: CORS_HEADER, content: jsonContent(ref('NotFound')) },
            '410': { description: 'The listing is closed or expired.', headers: CORS_HEADER, content: jsonContent(ref('Gone')) },
          },
        },
      },
    },
    components: { schemas },
  }
}
