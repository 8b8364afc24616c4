import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation } from '@remix-run/react'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { TextAreaField } from '~/components/form/form-controls'
import { ImportColumnsTable } from '~/components/imports/import-columns-table'
import { ImportReportView } from '~/components/imports/import-report'
import importStyles from '~/components/imports/imports.css?url'
import { translate, useT, type MessageKey, type Params } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { IMPORT_MAX_MEGABYTES, IMPORT_MAX_ROWS } from '~/modules/imports/import-columns'
import { readImportRequest, type ImportIntent } from '~/http/import-form.server'
import { importListings, type ImportReport } from '~/modules/imports/import.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: importStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'imports.title')} – Passgenau` }]

const MEMBER_ROLES = ['owner' as const, 'recruiter' as const]

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireCompanyMember(context, request, MEMBER_ROLES)
  return null
}

interface ImportAnswer {
  intent: ImportIntent
  text: string
  error?: { message: MessageKey; params?: Params }
  report?: ImportReport
}

export async function action({ request, context }: ActionFunctionArgs) {
  const m = await requireCompanyMember(context, request, MEMBER_ROLES)
  const { intent, text, source } = await readImportRequest(request)
  if (!source.ok) return data<ImportAnswer>({ intent, text, error: source.error }, { status: source.error.message === 'imports.error.tooLarge' ? 413 : 400 })
  const { report, imported } = await importListings({
    organizationId: m.organizationId,
    actor: m.user,
    format: source.format,
    rows: source.rows,
    commit: intent === 'import',
  })
  if (imported > 0) return redirect(`/employer/listings?done=imported&count=${imported}`)
  const isClean = report.validCount === report.rows.length
  return data<ImportAnswer>({ intent, text, report }, { status: isClean ? 200 : 400 })
}

export default function ImportListings() {
  const t = useT()
  const answer = useActionData<typeof action>()
  const isBusy = useNavigation().state === 'submitting'
  return (
    <section className="stack">
      <p>
        <Link to="/employer/listings">{t('imports.back')}</Link>
      </p>
      <h1>{t('imports.title')}</h1>
      <p>{t('imports.intro')}</p>
      <p>
        <a href="/employer/listings/import-template.csv" download>
          {t('imports.template.link')}
        </a>{' '}
        <span className="muted">{t('imports.template.hint')}</span>
      </p>
      <Form method="post" encType="multipart/form-data" className="stack import-form" aria-labelledby="import-form-title">
        <h2 id="import-form-title">{t('imports.form.title')}</h2>
        {answer?.error ? (
          <div className="alert alert--error" role="alert">
            {t(answer.error.message, answer.error.params)}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="import-file">{t('imports.file.label')}</label>
          <p id="import-file-hint" className="field__hint">
            {t('imports.file.hint', { maxMb: IMPORT_MAX_MEGABYTES, maxRows: IMPORT_MAX_ROWS })}
          </p>
          {/* Cleared after each answer: the checked content is in the text field, and a stale file would win over corrections there. */}
          <input key={answer?.text} id="import-file" type="file" name="file" accept=".csv,.json,text/csv,application/json" aria-describedby="import-file-hint" />
        </div>
        <TextAreaField key={answer?.text} name="text" label="imports.text.label" hint="imports.text.hint" defaultValue={answer?.text ?? ''} rows={8} spellCheck={false} />
        <p className="muted">{t('imports.actions.hint')}</p>
        <div className="form-actions">
          <button type="submit" name="intent" value="check" className="button" disabled={isBusy}>
            {t('imports.check')}
          </button>
          <button type="submit" name="intent" value="import" className="button button--primary" disabled={isBusy}>
            {t('imports.import')}
          </button>
        </div>
      </Form>
      {answer?.report ? <ImportReportView report={answer.report} wasImport={answer.intent === 'import'} /> : null}
      <ImportColumnsTable />
    </section>
  )
}
