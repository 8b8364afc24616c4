import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { OverdueSummary } from '~/components/applications/overdue-summary'
import { AreaHome } from '~/components/area-home'
import { translate, useT } from '~/i18n'
import { countOverdueApplications } from '~/modules/applications/reply-deadlines.server'
import { requireCompanyMember } from '~/modules/auth/guards.server'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'nav.employer')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  return { company: m.organizationName, role: m.memberRole, isVerified: m.user.isVerified, overdue: await countOverdueApplications(m.organizationId) }
}

export default function EmployerArea() {
  const t = useT()
  const { company, role, isVerified, overdue } = useLoaderData<typeof loader>()
  return (
    <>
      <AreaHome
        title={t('area.employer.title', { company })}
        lead={t('area.role', { role: t(`role.${role}`) })}
        isVerified={isVerified}
        intro="area.employer.intro"
        links={[
          { to: '/employer/listings', label: 'employer.listings.title' },
          { to: '/employer/listings/new', label: 'employer.listing.newTitle' },
          { to: '/employer/applications', label: 'applications.pipeline.all' },
          { to: '/employer/company', label: 'employer.company.title' },
          { to: '/employer/team', label: 'team.title' },
          { to: '/me/account', label: 'nav.account' },
        ]}
      />
      <OverdueSummary count={overdue} />
    </>
  )
}
