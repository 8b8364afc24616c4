import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireCompanyMember } from '~/http/guards.server'
import { importTemplateCsv } from '~/modules/imports/template.server'

/** The import template: the header and one example row at the company's own place. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request, ['owner', 'recruiter'])
  return new Response(await importTemplateCsv({ organizationId: m.organizationId }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="passgenau-import-vorlage.csv"',
      'Cache-Control': 'private, no-store',
    },
  })
}
