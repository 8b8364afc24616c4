import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react'
import { Field, FormMessage } from '~/components/form/field'
import { Notice } from '~/components/notice'
import { translate, useT } from '~/i18n'
import { signIn } from '~/modules/auth/account-access.server'
import { SignInForm } from '~/modules/auth/auth.schema'
import { getUser, landingPath } from '~/http/guards.server'
import { beginSession } from '~/modules/auth/login-session.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'
import { safeRedirect } from '~/utils/safe-redirect'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'auth.login.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = getUser(context)
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo'), landingPath(user.role)))
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const input = parseWith(SignInForm, Object.fromEntries(form))
  const user = await signIn({ email: input.email, password: input.password, ip: context.clientIp })
  const cookie = await beginSession(user.id, context.secureCookies)
  return redirect(safeRedirect(input.redirectTo, landingPath(user.role)), { headers: { 'Set-Cookie': cookie } })
}

export default function Login() {
  const t = useT()
  const state = useActionData<FormState>()
  const [params] = useSearchParams()
  return (
    <section className="narrow">
      <h1>{t('auth.login.title')}</h1>
      <Notice />
      <Form method="post" noValidate className="stack">
        <FormMessage error={state?.formError} />
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? ''} />
        <Field name="email" type="email" label="auth.email" autoComplete="email" required defaultValue={valueOf(state, 'email')} error={fieldError(state, 'email')} />
        <Field name="password" type="password" label="auth.password" autoComplete="current-password" required error={fieldError(state, 'password')} />
        <button type="submit" className="button button--primary">
          {t('auth.login.submit')}
        </button>
      </Form>
      <p>
        <Link to="/reset-password">{t('auth.login.forgot')}</Link>
      </p>
      <p>
        {t('auth.login.noAccount')} <Link to="/register">{t('nav.register')}</Link>
      </p>
    </section>
  )
}
