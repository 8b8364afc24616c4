import type { LoaderFunctionArgs } from '@remix-run/node'
import { buildSitemap } from '~/modules/sitemap/sitemap.server'
import { getEnv } from '~/utils/env.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const part = new URL(request.url).searchParams.get('part')
  const xml = await buildSitemap(getEnv().APP_ORIGIN, part === null ? null : Number(part))
  if (xml === null) return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(xml, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
}
