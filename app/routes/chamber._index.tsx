import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AreaHome } from '~/components/area-home'
import { translate, useT } from '~/i18n'
import { requireChamberStaff } from '~/modules/auth/guards.server'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'nav.chamber')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  return { chamber: m.organizationName, role: m.memberRole, isVerified: m.user.isVerified }
}

export default function ChamberArea() {
  const t = useT()
  const { chamber, role, isVerified } = useLoaderData<typeof loader>()
  return (
    <AreaHome
      title={t('area.chamber.title', { chamber })}
      lead={t('area.role', { role: t(`role.${role}`) })}
      isVerified={isVerified}
      links={[{ to: '/me/account', label: 'nav.account' }]}
    />
  )
}
