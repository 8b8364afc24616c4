import { Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import type { CaseSummary } from '~/modules/counselling/caseload.server'
import { formatDate } from '~/utils/format'
import { TableRegion } from '~/components/table-region'

/** The chamber's cases: who consented, since when, and how far the notes go. */
export function CaseloadTable({ cases }: { cases: CaseSummary[] }) {
  const t = useT()
  const lang = useLang()
  const none = t('counselling.caseload.unknown')
  return (
    <TableRegion label={t('counselling.caseload.title')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('counselling.caseload.name')}</th>
            <th scope="col">{t('counselling.caseload.home')}</th>
            <th scope="col">{t('counselling.caseload.since')}</th>
            <th scope="col">{t('counselling.caseload.notes')}</th>
            <th scope="col">{t('counselling.caseload.lastNote')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.seekerId}>
              <td>
                <Link to={`/chamber/caseload/${c.seekerId}`}>{c.name}</Link>
              </td>
              <td>{c.homePlace ?? none}</td>
              <td>{formatDate(lang, c.grantedAt)}</td>
              <td>{c.noteCount}</td>
              <td>{c.lastNoteAt ? formatDate(lang, c.lastNoteAt) : none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
