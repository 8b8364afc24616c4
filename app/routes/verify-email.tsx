import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { translate, useT } from '~/i18n'
import { verifyEmail } from '~/modules/auth/account-access.server'
import { confirmEmailChange } from '~/modules/auth/account-settings.server'
import { getUser, landingPath } from '~/http/guards.server'
import { Invalid } from '~/utils/errors'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'auth.verify.title')} – Passgenau` }]

/** The link from the mail: confirms a new account's address or a changed one. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const user = getUser(context)
  try {
    await verifyEmail(token)
    throw redirect(user ? `${landingPath(user.role)}?notice=verified` : '/login?notice=verified')
  } catch (error) {
    if (!(error instanceof Invalid)) throw error
  }
  try {
    await confirmEmailChange(token)
    throw redirect(user ? '/me/account?notice=email-changed' : '/login?notice=email-changed')
  } catch (error) {
    if (!(error instanceof Invalid)) throw error
    return data({ ok: false as const }, { status: 400 })
  }
}

export default function VerifyEmail() {
  const t = useT()
  useLoaderData<typeof loader>()
  return (
    <section className="narrow">
      <h1>{t('auth.verify.title')}</h1>
      <div className="alert alert--error" role="alert">
        {t('auth.linkInvalid')}
      </div>
      <p>
        <Link to="/me/account">{t('auth.verify.resend')}</Link>
      </p>
    </section>
  )
}
