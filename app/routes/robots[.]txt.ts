import { getEnv } from '~/utils/env.server'

/**
 * Crawlers may read everything public. Personal and staff areas are closed; of the API only its
 * description is worth indexing, the data itself is already on the listing pages.
 */
export function loader() {
  const origin = getEnv().APP_ORIGIN
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /me',
    'Disallow: /employer',
    'Disallow: /chamber',
    'Disallow: /admin',
    'Disallow: /dev/',
    'Disallow: /api/',
    'Allow: /api/v1/openapi.json',
    '',
    `Sitemap: ${new URL('/sitemap.xml', origin).toString()}`,
    '',
  ].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
}
