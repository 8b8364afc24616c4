import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { OverdueSummary } from '~/components/applications/overdue-summary'
import { AreaHome } from '~/components/area-home'
import { DashboardTotals } from '~/components/dashboard/dashboard-totals'
import dashboardStyles from '~/components/dashboard/dashboard.css?url'
import { ListingStatsTable } from '~/components/dashboard/listing-stats-table'
import { WeeklyTrend } from '~/components/dashboard/weekly-trend'
import employerStyles from '~/components/employer/employer.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { translate, useT } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { getEmployerDashboard } from '~/modules/dashboard/dashboard.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles }, { rel: 'stylesheet', href: employerStyles },
  { rel: 'stylesheet', href: dashboardStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'nav.employer')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const dashboard = await getEmployerDashboard(m.organizationId)
  return { company: m.organizationName, role: m.memberRole, isVerified: m.user.isVerified, ...dashboard }
}

export default function EmployerArea() {
  const t = useT()
  const { company, role, isVerified, totals, listings, trend } = useLoaderData<typeof loader>()
  return (
    <div className="stack dashboard">
      <AreaHome
        title={t('area.employer.title', { company })}
        lead={t('area.role', { role: t(`role.${role}`) })}
        isVerified={isVerified}
        intro="area.employer.intro"
      />
      <DashboardTotals totals={totals} />
      <OverdueSummary count={totals.overdue} />
      <section className="stack" aria-labelledby="dashboard-listings-title">
        <h2 id="dashboard-listings-title">{t('dashboard.listings.title')}</h2>
        <p className="muted">{t('dashboard.listings.intro')}</p>
        {listings.length > 0 ? (
          <ListingStatsTable items={listings} />
        ) : (
          <p>
            {t('dashboard.listings.empty')} <Link to="/employer/listings/new">{t('dashboard.listings.new')}</Link>
          </p>
        )}
      </section>
      <WeeklyTrend weeks={trend} />
    </div>
  )
}
