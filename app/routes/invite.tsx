import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { Field, FormMessage } from '~/components/form/field'
import { translate, useLang, useT } from '~/i18n'
import { newPassword } from '~/modules/auth/auth.schema'
import { peekEmailToken } from '~/modules/auth/email-tokens.server'
import { beginSession } from '~/modules/auth/login-session.server'
import { acceptInvite } from '~/modules/auth/team.server'
import { getOrganizationName } from '~/modules/auth/organizations.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'
import { INTERFACE_LANGS } from '../../values/accounts'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'invite.accept')} – Passgenau` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const invite = token ? await peekEmailToken(token, 'invite') : null
  if (!invite?.organizationId) return data({ token, email: null, company: null }, { status: 400 })
  return { token, email: invite.email, company: await getOrganizationName(invite.organizationId) }
}

const AcceptForm = z.object({
  token: z.string().min(1, 'auth.linkInvalid'),
  name: z.string({ error: 'form.required' }).trim().min(1, 'form.required').max(100, 'form.tooLong'),
  password: newPassword,
  lang: z.enum(INTERFACE_LANGS).catch('de'),
})

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const input = parseWith(AcceptForm, Object.fromEntries(form))
  const userId = await acceptInvite(input)
  const cookie = await beginSession(userId, context.secureCookies)
  return redirect('/employer?notice=invite-accepted', { headers: { 'Set-Cookie': cookie } })
}

export default function Invite() {
  const t = useT()
  const lang = useLang()
  const { token, email, company } = useLoaderData<typeof loader>()
  const state = useActionData<FormState>()
  if (!email || fieldError(state, 'token')) {
    return (
      <section className="narrow">
        <h1>{t('invite.accept')}</h1>
        <FormMessage error={fieldError(state, 'token') ?? 'auth.linkInvalid'} />
      </section>
    )
  }
  return (
    <section className="narrow">
      <h1>{t('invite.title', { company: company ?? '' })}</h1>
      <p>{t('invite.intro')}</p>
      <Form method="post" noValidate className="stack">
        <FormMessage error={state?.formError} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="lang" value={lang} />
        <p>
          {t('auth.email')}: <strong>{email}</strong>
        </p>
        <Field name="name" label="auth.name" autoComplete="name" required defaultValue={valueOf(state, 'name')} error={fieldError(state, 'name')} />
        <Field name="password" type="password" label="auth.password" hint="auth.password.hint" autoComplete="new-password" required error={fieldError(state, 'password')} />
        <button type="submit" className="button button--primary">
          {t('invite.accept')}
        </button>
      </Form>
    </section>
  )
}
