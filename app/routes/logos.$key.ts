import type { LoaderFunctionArgs } from '@remix-run/node'
import { getCompanyLogo } from '~/modules/companies/profile.server'

/**
 * GET /logos/:key – a company logo. Logos are public; a new logo gets a new key, so an answer
 * never changes and may be cached for good. The type is the one the bytes were checked to be.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const logo = await getCompanyLogo(params.key ?? '')
  if (!logo) throw new Response(null, { status: 404 })
  return new Response(logo.bytes, {
    headers: {
      'Content-Type': logo.contentType,
      'Content-Length': String(logo.bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  })
}
