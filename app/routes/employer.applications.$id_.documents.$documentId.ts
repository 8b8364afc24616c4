import type { LoaderFunctionArgs } from '@remix-run/node'
import { getApplicationDocumentForEmployer } from '~/modules/applications/pipeline.server'
import { requireCompanyMember } from '~/http/guards.server'

/** "Lebenslauf Müller.pdf" → a header value that old and new browsers read, with nothing to inject. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

/**
 * GET /employer/applications/:id/documents/:documentId – a document the applicant sent, for members
 * of the company applied to only; always a download, never rendered by the browser.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const file = await getApplicationDocumentForEmployer({ organizationId: m.organizationId, applicationId: params.id ?? '', documentId: params.documentId ?? '' })
  return new Response(file.bytes, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': contentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  })
}
