import { useLang, useT } from '~/i18n'
import type { ApplicantFacts } from '~/modules/applications/applicant-facts.server'
import { ApplicantFactsList } from './applicant-facts'
import { formatFileSize } from './format'
import type { DocumentKind } from '../../../values/seekers'

interface ApplicantDetailsProps {
  applicationId: string
  applicant: { name: string; email: string }
  facts: ApplicantFacts | null
  documents: Array<{ id: string; kind: DocumentKind; originalName: string; sizeBytes: number }>
  coverLetter: string
}

/** What the applicant shared with the company: contact, profile facts, documents and cover letter. */
export function ApplicantDetails({ applicationId, applicant, facts, documents, coverLetter }: ApplicantDetailsProps) {
  const t = useT()
  const lang = useLang()
  return (
    <>
      <section className="app-section" aria-labelledby="contact-title">
        <h2 id="contact-title">{t('applications.employer.contact')}</h2>
        <dl className="facts-list">
          <div>
            <dt>{t('applications.col.applicant')}</dt>
            <dd>{applicant.name}</dd>
          </div>
          <div>
            <dt>{t('applications.employer.email')}</dt>
            <dd>
              <a href={`mailto:${applicant.email}`}>{applicant.email}</a>
            </dd>
          </div>
        </dl>
        {facts ? <ApplicantFactsList facts={facts} /> : null}
      </section>
      <section className="app-section" aria-labelledby="documents-title">
        <h2 id="documents-title">{t('applications.documents.sent')}</h2>
        {documents.length ? (
          <ul className="plain-list">
            {documents.map((d) => (
              <li key={d.id}>
                {/* A download from a resource route: a plain link, not client-side navigation. */}
                <a href={`/employer/applications/${applicationId}/documents/${d.id}`} download>
                  {t('applications.documents.download', { name: d.originalName, size: formatFileSize(lang, d.sizeBytes) })}
                </a>{' '}
                <span className="muted">({t(`documents.kind.${d.kind}`)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('applications.documents.noneSent')}</p>
        )}
        <h3>{t('applications.employer.coverLetter')}</h3>
        {coverLetter ? <p className="cover-letter">{coverLetter}</p> : <p className="muted">{t('applications.coverLetter.none')}</p>}
      </section>
    </>
  )
}
