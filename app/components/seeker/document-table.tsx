import { Form } from '@remix-run/react'
import { formatNumber, useLang, useT, type Lang, type Translate } from '~/i18n'
import { formatDate } from '~/utils/format'
import { TableRegion } from '~/components/table-region'
import type { DocumentKind } from '../../../values/seekers'

export interface DocumentRow {
  id: string
  kind: DocumentKind
  name: string
  sizeBytes: number
  createdAt: string
}

function formatSize(t: Translate, lang: Lang, bytes: number): string {
  if (bytes < 1024 * 1024) return t('documents.sizeKb', { size: formatNumber(lang, Math.max(1, Math.round(bytes / 1024))) })
  return t('documents.sizeMb', { size: formatNumber(lang, bytes / (1024 * 1024), { maximumFractionDigits: 1 }) })
}

export function DocumentTable({ documents }: { documents: DocumentRow[] }) {
  const t = useT()
  const lang = useLang()
  if (documents.length === 0) return <p>{t('documents.empty')}</p>
  return (
    <TableRegion label={t('documents.list.title')}>
      <table className="table document-table">
        <caption className="visually-hidden">{t('documents.list.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.column.name')}</th>
            <th scope="col">{t('documents.column.kind')}</th>
            <th scope="col">{t('documents.column.size')}</th>
            <th scope="col">{t('documents.column.date')}</th>
            <th scope="col">{t('documents.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => (
            <tr key={doc.id}>
              <th scope="row" id={`doc-${doc.id}`}>
                {doc.name}
              </th>
              <td>{t(`documents.kind.${doc.kind}`)}</td>
              <td>{formatSize(t, lang, doc.sizeBytes)}</td>
              <td>{formatDate(lang, doc.createdAt)}</td>
              <td>
                {/* A download, not a page: the client router must not try to render it. */}
                <a href={`/me/documents/${doc.id}`} download aria-describedby={`doc-${doc.id}`}>
                  {t('documents.download')}
                </a>{' '}
                <Form method="post">
                  <input type="hidden" name="id" value={doc.id} />
                  <button type="submit" name="intent" value="delete" className="button button--small button--danger" aria-describedby={`doc-${doc.id}`}>
                    {t('documents.delete')}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
