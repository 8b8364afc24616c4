import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AreaHome } from '~/components/area-home'
import { translate, useT } from '~/i18n'
import { requireSeeker } from '~/http/guards.server'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'area.me.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSeeker(context, request)
  return { name: user.name, isVerified: user.isVerified }
}

export default function SeekerArea() {
  const t = useT()
  const { name, isVerified } = useLoaderData<typeof loader>()
  return (
    <AreaHome
      title={t('area.me.title')}
      lead={t('mail.greeting', { name })}
      isVerified={isVerified}
      intro="area.me.intro"
    />
  )
}
