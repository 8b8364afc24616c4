import { Form } from '@remix-run/react'
import { Field, FormMessage } from '~/components/form/field'
import { useT } from '~/i18n'
import { fieldError, type FormState } from '~/utils/action-data'

/**
 * Logo upload on its own multipart form, so saving the profile or asking for a preview never
 * sends a file along.
 */
export function LogoForm({ logoKey, state, isOwner }: { logoKey: string | null; state?: FormState; isOwner: boolean }) {
  const t = useT()
  return (
    <section className="form-section" aria-labelledby="logo-title">
      <h2 id="logo-title">{t('employer.logo.title')}</h2>
      {logoKey ? <img className="company-logo" src={`/logos/${logoKey}`} alt={t('employer.logo.alt')} /> : <p>{t('employer.logo.none')}</p>}
      {isOwner ? (
        <>
          <Form method="post" encType="multipart/form-data" noValidate className="stack">
            <FormMessage error={state?.formError} />
            <input type="hidden" name="intent" value="logo" />
            <Field name="logo" type="file" accept="image/png,image/jpeg,image/webp" label="employer.logo.file" hint="employer.logo.hint" error={fieldError(state, 'logo')} />
            <div className="form-actions">
              <button type="submit" className="button">
                {t('employer.logo.upload')}
              </button>
            </div>
          </Form>
          {logoKey ? (
            <Form method="post">
              <button type="submit" name="intent" value="remove-logo" className="button button--small">
                {t('employer.logo.remove')}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
