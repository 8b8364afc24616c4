import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiJson, invalidParameters, preflightResponse } from '~/http/api-response'
import { describeInvalid, toApiList } from '~/modules/listings/public-api'
import { asksForFreshAnswer } from '~/http/fresh-answer'
import { searchListings, searchResultCache } from '~/modules/search/query.server'
import { parseSearchParams } from '~/modules/search/search.schema'
import { getEnv } from '~/utils/env.server'

/** GET /api/v1/listings: the /jobs search as JSON for partners' websites (see /api/v1/openapi.json). */
export async function loader({ request }: LoaderFunctionArgs) {
  if (request.method === 'OPTIONS') return preflightResponse()
  const url = new URL(request.url)
  const { input, invalid } = parseSearchParams(url, { strict: true })
  if (invalid.length > 0) return invalidParameters(describeInvalid(invalid))
  const result = await searchListings(input, { lang: 'de', cache: searchResultCache({ fresh: asksForFreshAnswer(request) }), withRelated: true })
  // A partner asking around a place we do not know should hear so, not get the whole region.
  if (result.whereNotFound) return invalidParameters([{ name: 'where', message: 'is not a known place name or postal code' }])
  return apiJson(toApiList(result, getEnv().APP_ORIGIN))
}
