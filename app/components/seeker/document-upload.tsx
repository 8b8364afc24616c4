import { Form } from '@remix-run/react'
import { Field, FormMessage } from '~/components/form/field'
import { SelectField } from '~/components/form/form-controls'
import { useT } from '~/i18n'
import { DOCUMENT_ACCEPT } from '~/modules/seekers/documents.schema'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { DOCUMENT_KINDS } from '../../../values/seekers'

/** The upload form: multipart, on its own, so the list's delete buttons never send a file. */
export function DocumentUpload({ state }: { state?: FormState }) {
  const t = useT()
  return (
    <section className="form-section" aria-labelledby="upload-title">
      <h2 id="upload-title">{t('documents.upload.title')}</h2>
      <Form method="post" encType="multipart/form-data" noValidate className="stack">
        <FormMessage error={state?.formError} />
        <SelectField
          name="kind"
          label="documents.kind"
          options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`documents.kind.${kind}`) }))}
          defaultValue={valueOf(state, 'kind', 'cv')}
          error={fieldError(state, 'kind')}
        />
        <Field name="file" type="file" accept={DOCUMENT_ACCEPT} label="documents.file" hint="documents.file.hint" error={fieldError(state, 'file')} />
        <div className="form-actions">
          <button type="submit" name="intent" value="upload" className="button button--primary">
            {t('documents.upload')}
          </button>
        </div>
      </Form>
    </section>
  )
}
