import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { Field, FieldError, FormMessage } from '~/components/form/field'
import { translate, useT } from '~/i18n'
import { email } from '~/modules/auth/auth.schema'
import { requireAdmin } from '~/http/guards.server'
import { createStaffUser, listChambers } from '~/modules/auth/staff.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'area.admin.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireAdmin(context, request)
  return { chambers: await listChambers() }
}

const StaffForm = z.object({
  email,
  name: z.string({ error: 'form.required' }).trim().min(1, 'form.required').max(100, 'form.tooLong'),
  role: z.enum(['chamber', 'admin'], { error: 'form.required' }),
  chamber: z.string().optional(),
})

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = requireAdmin(context, request)
  const form = await request.formData()
  const input = parseWith(StaffForm, Object.fromEntries(form))
  await createStaffUser({ ...input, chamberSlug: input.chamber, actorId: admin.id })
  return { ok: true, created: input.email }
}

export default function AdminArea() {
  const t = useT()
  const { chambers } = useLoaderData<typeof loader>()
  const state = useActionData<FormState & { created?: string }>()
  return (
    <section className="stack narrow">
      <h1>{t('area.admin.title')}</h1>
      <h2>{t('admin.users.title')}</h2>
      {state?.ok ? <FormMessage success={t('admin.users.created', { email: state.created ?? '' })} /> : null}
      <Form method="post" noValidate className="stack">
        <FormMessage error={state?.formError} />
        <Field name="name" label="auth.name" required defaultValue={valueOf(state, 'name')} error={fieldError(state, 'name')} />
        <Field name="email" type="email" label="auth.email" required defaultValue={valueOf(state, 'email')} error={fieldError(state, 'email')} />
        <fieldset className="choice">
          <legend>{t('admin.users.role')}</legend>
          <label>
            <input type="radio" name="role" value="chamber" defaultChecked /> {t('role.chamber')}
          </label>
          <label>
            <input type="radio" name="role" value="admin" /> {t('role.admin')}
          </label>
        </fieldset>
        <div className={fieldError(state, 'chamber') ? 'field field--invalid' : 'field'}>
          <label htmlFor="chamber">{t('admin.users.chamber')}</label>
          <select id="chamber" name="chamber" defaultValue={valueOf(state, 'chamber')} aria-describedby={fieldError(state, 'chamber') ? 'chamber-error' : undefined}>
            {chambers.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError id="chamber-error" error={fieldError(state, 'chamber')} />
        </div>
        <button type="submit" className="button button--primary">
          {t('admin.users.submit')}
        </button>
      </Form>
    </section>
  )
}
