import type { LoaderFunctionArgs } from '@remix-run/node'
import { getLang } from '~/i18n/lang.server'
import { requireChamberStaff } from '~/http/guards.server'
import { placesCsv, placesCsvFileName } from '~/modules/chambers/places-csv.server'
import { getPlacesDashboard } from '~/modules/chambers/places-dashboard.server'

/** GET /chamber/places.csv – the dashboard's tables for the same filter, for the chamber's staff only. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  const dashboard = await getPlacesDashboard({ chamberId: m.organizationId, params: new URL(request.url).searchParams })
  return new Response(placesCsv(dashboard, { lang: getLang(request), chamber: m.organizationName }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${placesCsvFileName(dashboard)}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  })
}
