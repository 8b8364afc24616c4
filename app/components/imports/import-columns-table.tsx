import { formatNumber, useLang, useT, type MessageKey } from '~/i18n'
import { IMPORT_COLUMNS } from '~/modules/imports/import-columns'
import { TableRegion } from '~/components/table-region'

/** The documentation of the import's columns, translated; names and values stay as the file spells them. */
export function ImportColumnsTable() {
  const t = useT()
  const lang = useLang()
  const numbers = (params: Record<string, number> = {}) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, formatNumber(lang, v)]))
  return (
    <section className="stack" aria-labelledby="import-columns-title">
      <h2 id="import-columns-title">{t('imports.columns.title')}</h2>
      <p>{t('imports.columns.intro')}</p>
      <TableRegion label={t('imports.columns.caption')}>
        <table className="table import-columns">
          <caption>{t('imports.columns.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.columns.name')}</th>
              <th scope="col">{t('imports.columns.need')}</th>
              <th scope="col">{t('imports.columns.meaning')}</th>
              <th scope="col">{t('imports.columns.values')}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS.map((c) => (
              <tr key={c.name}>
                <th scope="row">
                  <code>{c.name}</code>
                </th>
                <td>{t(`imports.need.${c.need}`)}</td>
                <td>{t(`imports.column.${c.name}` as MessageKey, numbers(c.params))}</td>
                <td>
                  {c.values.map((v, i) => (
                    <span key={v}>
                      {i > 0 ? ', ' : null}
                      <code>{v}</code>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  )
}
