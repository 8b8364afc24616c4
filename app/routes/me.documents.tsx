import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { FormMessage } from '~/components/form/field'
import { DocumentTable } from '~/components/seeker/document-table'
import { DocumentUpload } from '~/components/seeker/document-upload'
import seekerStyles from '~/components/seeker/seeker.css?url'
import { translate, useT } from '~/i18n'
import { requireSeeker } from '~/http/guards.server'
import { DOCUMENT_MAX_BYTES, DocumentIdInput, UploadFields } from '~/modules/seekers/documents.schema'
import { deleteDocument, listDocuments, uploadDocument } from '~/modules/seekers/documents.server'
import { isMultipart, parseMultipartForm } from '~/http/multipart.server'
import type { FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: seekerStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'documents.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSeeker(context, request)
  return { documents: await listDocuments(user.id) }
}

type Result = FormState & { intent?: string }

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSeeker(context, request)
  if (isMultipart(request)) {
    const parsed = await parseMultipartForm(request, DOCUMENT_MAX_BYTES)
    if (!parsed.ok) {
      return data<Result>(
        { ok: false, intent: 'upload', fieldErrors: { file: 'documents.error.tooLarge' }, formError: 'form.errorSummary', values: parsed.values },
        { status: 413 },
      )
    }
    const { form } = parsed
    const { kind } = parseWith(UploadFields, { kind: form.get('kind') })
    const value = form.get('file')
    const file = value && typeof value !== 'string' ? { name: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) } : null
    await uploadDocument({ userId: user.id, kind, file })
    return redirect('/me/documents?done=uploaded')
  }
  const form = await request.formData()
  if (form.get('intent') !== 'delete') throw new Response('Bad Request', { status: 400 })
  const { id } = parseWith(DocumentIdInput, Object.fromEntries(form))
  await deleteDocument(user.id, id)
  return redirect('/me/documents?done=deleted')
}

const DONE = { uploaded: 'documents.uploaded', deleted: 'documents.deleted' } as const

export default function DocumentsPage() {
  const t = useT()
  const { documents } = useLoaderData<typeof loader>()
  const result = useActionData<Result>()
  const [params] = useSearchParams()
  const done = params.get('done')
  return (
    <section className="stack">
      <h1>{t('documents.title')}</h1>
      {done === 'uploaded' || done === 'deleted' ? <FormMessage success={t(DONE[done])} /> : null}
      <p>{t('documents.intro')}</p>
      <DocumentUpload state={result?.intent === 'upload' ? result : undefined} />
      <section aria-labelledby="documents-list-title" className="stack">
        <h2 id="documents-list-title">{t('documents.list.title')}</h2>
        <DocumentTable documents={documents} />
      </section>
    </section>
  )
}
