import type { LoaderFunctionArgs } from '@remix-run/node'
import { getLang } from '~/i18n/lang.server'
import { requireCompanyMember } from '~/http/guards.server'
import { exportApplicantsCsv } from '~/modules/dashboard/applicants-csv.server'
import { parseListingId } from '~/modules/listings/listing-id'

/**
 * GET /employer/listings/:id/applicants.csv – the listing's applications as a spreadsheet, for
 * members of the company that owns the listing; anyone else's listing is a 404.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const file = await exportApplicantsCsv({ organizationId: m.organizationId, listingId: parseListingId(params.id) }, getLang(request))
  return new Response(file.body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  })
}
