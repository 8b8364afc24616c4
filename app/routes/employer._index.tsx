import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AreaHome } from '~/components/area-home'
import { translate, useT } from '~/i18n'
import { requireCompanyMember } from '~/modules/auth/guards.server'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'nav.employer')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  return { company: m.organizationName, role: m.memberRole, isVerified: m.user.isVerified }
}

export default function EmployerArea() {
  const t = useT()
  const { company, role, isVerified } = useLoaderData<typeof loader>()
  return (
    <AreaHome
      title={t('area.employer.title', { company })}
      lead={t('area.role', { role: t(`role.${role}`) })}
      isVerified={isVerified}
      intro="area.employer.intro"
      links={[
        { to: '/employer/listings', label: 'employer.listings.title' },
        { to: '/employer/listings/new', label: 'employer.listing.newTitle' },
        { to: '/employer/company', label: 'employer.company.title' },
        { to: '/employer/team', label: 'team.title' },
        { to: '/me/account', label: 'nav.account' },
      ]}
    />
  )
}
