import type { LoaderFunctionArgs } from '@remix-run/node'
import { openApiDocument } from '~/modules/listings/openapi'
import { apiJson, preflightResponse } from '~/http/api-response'
import { getEnv } from '~/utils/env.server'

export function loader({ request }: LoaderFunctionArgs) {
  if (request.method === 'OPTIONS') return preflightResponse()
  return apiJson(openApiDocument(getEnv().APP_ORIGIN), 200, 'public, max-age=3600')
}
