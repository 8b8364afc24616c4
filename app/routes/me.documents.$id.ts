import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireUser } from '~/http/guards.server'
import { readDocument } from '~/modules/seekers/documents.server'

/** RFC 6266: an ASCII fallback for old clients and the real name in UTF-8. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/**
 * GET /me/documents/:id – a document, to those allowed to read it (readDocument decides); 404 to
 * everyone else, the same answer as for a document that does not exist. Always a download, with
 * the type the bytes were checked to be and nothing a browser would run.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = requireUser(context, request)
  const file = await readDocument(user, params.id ?? '')
  return new Response(file.bytes, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': contentDisposition(file.name),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  })
}
