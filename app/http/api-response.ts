import type { InvalidParameter } from '~/modules/listings/public-api'

/** Partners' websites call the API from the browser: any origin may read it, nobody can write. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
  'Access-Control-Max-Age': '86400',
} as const

export const LIST_CACHE_CONTROL = 'public, max-age=60'

/** The answer to a CORS preflight, which Remix hands to the loader (OPTIONS is not a mutation). */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS })
}

export function apiJson(body: unknown, status = 200, cacheControl = LIST_CACHE_CONTROL): Response {
  return Response.json(body, { status, headers: { ...CORS_HEADERS, 'Cache-Control': status === 400 ? 'no-store' : cacheControl } })
}

/** A 400 naming each parameter that does not fit, and what it must be. */
export const invalidParameters = (invalid: InvalidParameter[]) => apiJson({ error: 'invalid_parameters', invalid }, 400)
