import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { translate, useT } from '~/i18n'
import { requireChamberStaff } from '~/modules/auth/guards.server'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'nav.chamber')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  return { chamber: m.organizationName, role: m.memberRole }
}

export default function ChamberArea() {
  const t = useT()
  const { chamber, role } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <h1>{t('area.chamber.title', { chamber })}</h1>
      <p>{t('area.role', { role: t(`role.${role}`) })}</p>
      <ul>
        <li>
          <Link to="/me/account">{t('nav.account')}</Link>
        </li>
      </ul>
    </section>
  )
}
