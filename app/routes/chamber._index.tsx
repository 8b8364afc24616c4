import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AreaHome } from '~/components/area-home'
import styles from '~/components/places-dashboard/places-dashboard.css?url'
import { PlacesDashboardView } from '~/components/places-dashboard/places-dashboard-view'
import { translate, useT } from '~/i18n'
import { getLang } from '~/i18n/lang.server'
import { requireChamberStaff } from '~/http/guards.server'
import { renderPlacesCharts } from '~/modules/chambers/places-charts.server'
import { getPlacesDashboard } from '~/modules/chambers/places-dashboard.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'nav.chamber')} – Passgenau` }]

/** The chamber area's home: where to go, and the places dashboard of the chamber's verified members. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  const dashboard = await getPlacesDashboard({ chamberId: m.organizationId, params: new URL(request.url).searchParams })
  // Drawn here so recharts stays on the server; the page gets finished SVG.
  const charts = renderPlacesCharts(dashboard, getLang(request))
  return { chamber: m.organizationName, role: m.memberRole, isVerified: m.user.isVerified, dashboard, charts }
}

export default function ChamberArea() {
  const t = useT()
  const { chamber, role, isVerified, dashboard, charts } = useLoaderData<typeof loader>()
  return (
    <div className="stack">
      <AreaHome
        title={t('area.chamber.title', { chamber })}
        lead={t('area.role', { role: t(`role.${role}`) })}
        isVerified={isVerified}
      />
      <PlacesDashboardView dashboard={dashboard} charts={charts} />
    </div>
  )
}
