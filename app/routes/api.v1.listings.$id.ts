import type { LoaderFunctionArgs } from '@remix-run/node'
import { getPublicListing } from '~/modules/listings/detail.server'
import { apiJson, invalidParameters, preflightResponse } from '~/http/api-response'
import { toApiListing } from '~/modules/listings/public-api'
import { getEnv } from '~/utils/env.server'
import { NotFound } from '~/utils/errors'

/** GET /api/v1/listings/:id: one open listing; 404 for unknown ids, 410 once it is closed or expired. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (request.method === 'OPTIONS') return preflightResponse()
  if (!/^[1-9]\d{0,9}$/.test(params.id ?? '')) return invalidParameters([{ name: 'id', message: 'must be a positive whole number' }])
  try {
    const result = await getPublicListing(Number(params.id))
    if (result.gone) return apiJson({ error: 'gone', id: result.listing.id }, 410)
    return apiJson(toApiListing(result.listing, getEnv().APP_ORIGIN))
  } catch (error) {
    if (error instanceof NotFound) return apiJson({ error: 'not_found' }, 404)
    throw error
  }
}
