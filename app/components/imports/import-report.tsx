import { useT, type MessageKey } from '~/i18n'
import type { ImportReport, ReportRow } from '~/modules/imports/import.server'
import { TableRegion } from '~/components/table-region'

const MAX_NAMED = 20

function RowResult({ row }: { row: ReportRow }) {
  const t = useT()
  if (!row.issues.length) return <>{t(row.status === 'published' ? 'imports.report.okPublished' : 'imports.report.okDraft')}</>
  return (
    <ul className="import-issues">
      {row.issues.map((issue, i) => (
        <li key={i}>
          <code>{issue.column ?? t('imports.report.wholeRow')}</code>
          {issue.params?.year ? ` (${t('imports.report.year', { year: issue.params.year })})` : null}: {t(issue.message, issue.params)}
          {issue.note ? ` ${t(issue.note)}` : null}
        </li>
      ))}
    </ul>
  )
}

/** The dry run's (or a refused import's) answer: a summary naming the rows with errors, then every row. */
export function ImportReportView({ report, wasImport }: { report: ImportReport; wasImport: boolean }) {
  const t = useT()
  const total = report.rows.length
  const failed = report.rows.filter((r) => r.issues.length)
  const lineKey: MessageKey = report.format === 'json' ? 'imports.report.entry' : 'imports.report.line'
  const named = failed.slice(0, MAX_NAMED).map((r) => r.line).join(', ') + (failed.length > MAX_NAMED ? ', …' : '')
  return (
    <section className="stack" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('imports.report.title')}</h2>
      {failed.length ? (
        <div className="alert alert--error" role="alert">
          <p>{t(wasImport ? 'imports.report.nothingImported' : 'imports.report.invalid', { count: failed.length, total })}</p>
          <p>{t(report.format === 'json' ? 'imports.report.affectedEntries' : 'imports.report.affectedLines', { lines: named })}</p>
        </div>
      ) : (
        <div className="alert alert--success" role="status">
          {t('imports.report.allValid', { total })}
        </div>
      )}
      <TableRegion label={t('imports.report.caption')}>
        <table className="table import-report">
          <caption>{t('imports.report.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.report.row')}</th>
              <th scope="col">{t('imports.report.title.column')}</th>
              <th scope="col">{t('imports.report.result')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.line} className={row.issues.length ? 'import-report__row--invalid' : undefined}>
                <th scope="row">{t(lineKey, { line: row.line })}</th>
                <td>{row.title}</td>
                <td>
                  <RowResult row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  )
}
