import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { Field, FormMessage } from '~/components/form/field'
import { translate, useLang, useT } from '~/i18n'
import { registerUser } from '~/modules/auth/account-access.server'
import { RegisterForm } from '~/modules/auth/auth.schema'
import { getUser, landingPath } from '~/http/guards.server'
import { beginSession } from '~/modules/auth/login-session.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'auth.register.title')} – Passgenau` }]

export async function loader({ context }: LoaderFunctionArgs) {
  const user = getUser(context)
  if (user) throw redirect(landingPath(user.role))
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const input = parseWith(RegisterForm, Object.fromEntries(form))
  const userId = await registerUser({ ...input, ip: context.clientIp })
  const cookie = await beginSession(userId, context.secureCookies)
  return redirect(`${landingPath(input.kind)}?notice=registered`, { headers: { 'Set-Cookie': cookie } })
}

export default function Register() {
  const t = useT()
  const lang = useLang()
  const state = useActionData<FormState>()
  const kind = valueOf(state, 'kind', 'seeker')
  return (
    <section className="narrow">
      <h1>{t('auth.register.title')}</h1>
      <Form method="post" noValidate className="stack">
        <FormMessage error={state?.formError ?? (state?.fieldErrors ? 'form.errorSummary' : undefined)} />
        <input type="hidden" name="lang" value={lang} />
        <fieldset className="choice">
          <legend>{t('auth.register.kind')}</legend>
          <label>
            <input type="radio" name="kind" value="seeker" defaultChecked={kind === 'seeker'} /> {t('auth.register.kind.seeker')}
          </label>
          <label>
            <input type="radio" name="kind" value="employer" defaultChecked={kind === 'employer'} /> {t('auth.register.kind.employer')}
          </label>
        </fieldset>
        <Field name="name" label="auth.name" autoComplete="name" required maxLength={100} defaultValue={valueOf(state, 'name')} error={fieldError(state, 'name')} />
        <Field name="email" type="email" label="auth.email" autoComplete="email" required defaultValue={valueOf(state, 'email')} error={fieldError(state, 'email')} />
        <Field name="password" type="password" label="auth.password" hint="auth.password.hint" autoComplete="new-password" required minLength={10} error={fieldError(state, 'password')} />
        <Field
          name="companyName"
          label="auth.register.companyName"
          hint="auth.register.companyHint"
          autoComplete="organization"
          maxLength={120}
          defaultValue={valueOf(state, 'companyName')}
          error={fieldError(state, 'companyName')}
        />
        <p className="muted">
          <Link to="/datenschutz">{t('auth.register.privacy')}</Link>
        </p>
        <button type="submit" className="button button--primary">
          {t('auth.register.submit')}
        </button>
      </Form>
      <p>
        {t('auth.register.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
      </p>
    </section>
  )
}
