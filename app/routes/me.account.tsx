import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FieldError, FormMessage } from '~/components/form/field'
import { Notice } from '~/components/notice'
import { translate, useT } from '~/i18n'
import { changePassword, getAccount, requestEmailChange, signOutEverywhere } from '~/modules/auth/account-settings.server'
import { resendVerification } from '~/modules/auth/account-access.server'
import { ChangeEmailForm, ChangePasswordForm, DeleteAccountForm } from '~/modules/auth/auth.schema'
import { requireUser } from '~/http/guards.server'
import { beginSession } from '~/modules/auth/login-session.server'
import { serializeBlankSessionCookie } from '~/modules/auth/session-cookie.server'
import { deleteAccount } from '~/modules/privacy/user-data.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'account.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireUser(context, request)
  const account = await getAccount(user.id)
  return { name: account.name, email: account.email, role: account.role, isVerified: account.isVerified, sessionCount: account.sessionCount }
}

type Result = FormState & { intent?: string; sentTo?: string }

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireUser(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent'))
  const secure = context.secureCookies
  switch (intent) {
    case 'change-email': {
      const input = parseWith(ChangeEmailForm, Object.fromEntries(form))
      await requestEmailChange({ userId: user.id, ...input })
      return { ok: true, intent, sentTo: input.email } satisfies Result
    }
    case 'change-password': {
      const input = parseWith(ChangePasswordForm, Object.fromEntries(form))
      await changePassword({ userId: user.id, ...input })
      // Every session ended; this device gets a fresh one.
      const cookie = await beginSession(user.id, secure)
      return redirect('/me/account?notice=password-changed', { headers: { 'Set-Cookie': cookie } })
    }
    case 'sign-out-everywhere':
      await signOutEverywhere(user.id)
      return redirect('/', { headers: { 'Set-Cookie': serializeBlankSessionCookie(secure) } })
    case 'resend-verification':
      await resendVerification(user.id)
      return redirect('/me/account?notice=verification-sent')
    case 'delete': {
      const input = parseWith(DeleteAccountForm, Object.fromEntries(form))
      await deleteAccount({ userId: user.id, currentPassword: input.currentPassword })
      return redirect('/?notice=account-deleted', { headers: { 'Set-Cookie': serializeBlankSessionCookie(secure) } })
    }
    default:
      throw new Response('Bad Request', { status: 400 })
  }
}

export default function Account() {
  const t = useT()
  const account = useLoaderData<typeof loader>()
  const result = useActionData<Result>()
  const stateFor = (intent: string) => (result?.intent === intent ? result : undefined)
  const email = stateFor('change-email')
  const password = stateFor('change-password')
  const del = stateFor('delete')
  return (
    <section className="narrow stack">
      <h1>{t('account.title')}</h1>
      <Notice />
      <dl className="facts">
        <dt>{t('auth.name')}</dt>
        <dd>{account.name}</dd>
        <dt>{t('auth.email')}</dt>
        <dd>
          {account.email} ({t(account.isVerified ? 'account.emailStatus.verified' : 'account.emailStatus.unverified')})
        </dd>
      </dl>
      {!account.isVerified ? (
        <Form method="post" className="stack">
          <p>{t('auth.verify.pending')}</p>
          <button type="submit" name="intent" value="resend-verification" className="button">
            {t('auth.verify.resend')}
          </button>
        </Form>
      ) : null}

      <h2>{t('account.changeEmail.title')}</h2>
      {email?.ok ? <FormMessage success={t('account.changeEmail.sent', { email: email.sentTo ?? '' })} /> : null}
      <Form method="post" noValidate className="stack">
        <FormMessage error={email?.formError} />
        <Field name="email" type="email" label="auth.email" autoComplete="email" required defaultValue={valueOf(email, 'email')} error={fieldError(email, 'email')} />
        <Field name="currentPassword" type="password" label="auth.currentPassword" autoComplete="current-password" required error={fieldError(email, 'currentPassword')} />
        <button type="submit" name="intent" value="change-email" className="button">
          {t('account.changeEmail.submit')}
        </button>
      </Form>

      <h2>{t('account.changePassword.title')}</h2>
      <Form method="post" noValidate className="stack">
        <FormMessage error={password?.formError} />
        <Field name="currentPassword" type="password" label="auth.currentPassword" autoComplete="current-password" required error={fieldError(password, 'currentPassword')} />
        <Field name="password" type="password" label="auth.newPassword" hint="auth.password.hint" autoComplete="new-password" required error={fieldError(password, 'password')} />
        <button type="submit" name="intent" value="change-password" className="button">
          {t('account.changePassword.submit')}
        </button>
      </Form>

      <h2>{t('account.sessions.title')}</h2>
      <p>{t('account.sessions.count', { count: account.sessionCount })}</p>
      <Form method="post">
        <button type="submit" name="intent" value="sign-out-everywhere" className="button">
          {t('account.sessions.endAll')}
        </button>
      </Form>

      <h2>{t('account.export.title')}</h2>
      <p>{t('account.export.text')}</p>
      <p>
        <a href="/me/export" className="button" download>
          {t('account.export.submit')}
        </a>
      </p>

      <h2>{t('account.delete.title')}</h2>
      <p>{t('account.delete.text')}</p>
      <Form method="post" noValidate className="stack">
        <FormMessage error={del?.formError} />
        <Field name="currentPassword" type="password" label="auth.currentPassword" autoComplete="current-password" required error={fieldError(del, 'currentPassword')} />
        <div className={fieldError(del, 'confirm') ? 'field field--invalid' : 'field'}>
          <label>
            <input type="checkbox" name="confirm" aria-invalid={fieldError(del, 'confirm') ? true : undefined} aria-describedby={fieldError(del, 'confirm') ? 'confirm-error' : undefined} />{' '}
            {t('account.delete.confirm')}
          </label>
          <FieldError id="confirm-error" error={fieldError(del, 'confirm')} />
        </div>
        <button type="submit" name="intent" value="delete" className="button button--danger">
          {t('account.delete.submit')}
        </button>
      </Form>
    </section>
  )
}
