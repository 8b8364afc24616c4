import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormMessage } from '~/components/form/field'
import { translate, useT } from '~/i18n'
import { getLang } from '~/i18n/lang.server'
import { requestPasswordReset, resetPassword } from '~/modules/auth/account-access.server'
import { ResetPasswordForm, ResetRequestForm } from '~/modules/auth/auth.schema'
import { peekEmailToken } from '~/modules/auth/email-tokens.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'auth.reset.title')} – Passgenau` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token')
  if (!token) return { step: 'request' as const, token: null, isValid: true }
  const isValid = (await peekEmailToken(token, 'reset-password')) !== null
  return data({ step: 'set' as const, token, isValid }, { status: isValid ? 200 : 400 })
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  if (form.get('intent') === 'set') {
    const input = parseWith(ResetPasswordForm, Object.fromEntries(form))
    await resetPassword(input)
    return redirect('/login?notice=password-reset')
  }
  const input = parseWith(ResetRequestForm, Object.fromEntries(form))
  await requestPasswordReset({ email: input.email, ip: context.clientIp, lang: getLang(request) })
  return { ok: true, sent: true }
}

export default function ResetPassword() {
  const t = useT()
  const { step, token, isValid } = useLoaderData<typeof loader>()
  const state = useActionData<FormState & { sent?: boolean }>()
  if (step === 'set') {
    return (
      <section className="narrow">
        <h1>{t('auth.reset.newTitle')}</h1>
        {!isValid || fieldError(state, 'token') ? (
          <FormMessage error="auth.linkInvalid" />
        ) : (
          <Form method="post" noValidate className="stack">
            <FormMessage error={state?.formError} />
            <input type="hidden" name="intent" value="set" />
            <input type="hidden" name="token" value={token ?? ''} />
            <Field name="password" type="password" label="auth.newPassword" hint="auth.password.hint" autoComplete="new-password" required minLength={10} error={fieldError(state, 'password')} />
            <button type="submit" className="button button--primary">
              {t('auth.reset.save')}
            </button>
          </Form>
        )}
      </section>
    )
  }
  return (
    <section className="narrow">
      <h1>{t('auth.reset.title')}</h1>
      {state?.sent ? (
        <FormMessage success={t('auth.reset.sent')} />
      ) : (
        <Form method="post" noValidate className="stack">
          <p>{t('auth.reset.intro')}</p>
          <FormMessage error={state?.formError} />
          <Field name="email" type="email" label="auth.email" autoComplete="email" required defaultValue={valueOf(state, 'email')} error={fieldError(state, 'email')} />
          <button type="submit" className="button button--primary">
            {t('auth.reset.submit')}
          </button>
        </Form>
      )}
    </section>
  )
}
