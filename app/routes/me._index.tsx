import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Notice } from '~/components/notice'
import { translate, useT } from '~/i18n'
import { requireSeeker } from '~/modules/auth/guards.server'
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
    <section className="stack">
      <h1>{t('area.me.title')}</h1>
      <Notice />
      <p>{t('mail.greeting', { name })}</p>
      {!isVerified ? <p className="alert alert--info">{t('auth.verify.pending')}</p> : null}
      <p>{t('area.me.intro')}</p>
      <ul>
        <li>
          <Link to="/jobs">{t('nav.jobs')}</Link>
        </li>
        <li>
          <Link to="/me/account">{t('nav.account')}</Link>
        </li>
      </ul>
    </section>
  )
}
