import { Form, Link } from '@remix-run/react'
import { useId } from 'react'
import { TextAreaField } from '~/components/form/form-controls'
import { FieldError, FormMessage } from '~/components/form/field'
import { useLang, useT } from '~/i18n'
import type { ApplicantFacts } from '~/modules/applications/applicant-facts.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { ApplicantFactsList } from './applicant-facts'
import { formatFileSize } from './format'
import type { DocumentKind } from '../../../values/seekers'

interface ApplyFormProps {
  facts: ApplicantFacts | null
  documents: Array<{ id: string; kind: DocumentKind; originalName: string; sizeBytes: number }>
  state?: FormState
}

/** What the company will receive, shown before sending: profile facts, chosen documents, cover letter. */
export function ApplyForm({ facts, documents, state }: ApplyFormProps) {
  const t = useT()
  const lang = useLang()
  const errorId = useId()
  // After a refused submit the boxes stay as they were; at first every CV is chosen.
  const chosen = state?.values ? new Set(valueOf(state, 'documentIds').split(',')) : new Set(documents.filter((d) => d.kind === 'cv').map((d) => d.id))
  const documentsError = fieldError(state, 'documentIds')
  return (
    <Form method="post" className="stack">
      <p>{t('applications.apply.intro')}</p>
      <FormMessage error={state?.formError} />
      <section className="app-section" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('applications.profile.title')}</h2>
        {facts ? <ApplicantFactsList facts={facts} /> : <p>{t('applications.profile.missing')}</p>}
        <p>
          <Link to="/me/profile">{t(facts ? 'applications.profile.edit' : 'applications.profile.create')}</Link>
        </p>
      </section>
      <section className="app-section" aria-labelledby="documents-title">
        <h2 id="documents-title">{t('applications.documents.title')}</h2>
        {documents.length > 0 ? (
          <fieldset className="choice" aria-describedby={documentsError ? errorId : undefined}>
            <legend>{t('applications.documents.choose')}</legend>
            {documents.map((d) => (
              <label key={d.id}>
                <input type="checkbox" name="documentIds" value={d.id} defaultChecked={chosen.has(d.id)} />
                <span>
                  {d.originalName} <span className="muted">({t(`documents.kind.${d.kind}`)}, {formatFileSize(lang, d.sizeBytes)})</span>
                </span>
              </label>
            ))}
            <FieldError id={errorId} error={documentsError} />
          </fieldset>
        ) : (
          <p>{t('applications.documents.none')}</p>
        )}
        <p>
          <Link to="/me/documents">{t('applications.documents.upload')}</Link>
        </p>
      </section>
      <TextAreaField
        name="coverLetter"
        label="applications.coverLetter"
        hint="applications.coverLetter.hint"
        error={fieldError(state, 'coverLetter')}
        defaultValue={valueOf(state, 'coverLetter')}
        maxLength={5000}
      />
      <p className="form-actions">
        <button type="submit" className="button button--primary">
          {t('applications.apply.submit')}
        </button>
      </p>
    </Form>
  )
}
