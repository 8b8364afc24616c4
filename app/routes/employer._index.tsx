import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Notice } from '~/components/notice'
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
    <section className="stack">
      <h1>{t('area.employer.title', { company })}</h1>
      <Notice />
      <p>{t('area.role', { role: t(`role.${role}`) })}</p>
      {!isVerified ? <p className="alert alert--info">{t('auth.verify.pending')}</p> : null}
      <p>{t('area.employer.intro')}</p>
      <ul>
        <li>
          <Link to="/employer/team">{t('team.title')}</Link>
        </li>
        <li>
          <Link to="/me/account">{t('nav.account')}</Link>
        </li>
      </ul>
    </section>
  )
}
