import { useLang, useT, type MessageKey } from '~/i18n'
import type { GapRow } from '~/modules/chambers/places-dashboard.server'
import { formatCount } from '~/utils/format'
import { TableRegion } from '~/components/table-region'

/** Open places against applications, largest gap first; `withState` adds the district's state. */
export function GapTable({ rows, labelColumn, caption, withState = false }: { rows: GapRow[]; labelColumn: MessageKey; caption: string; withState?: boolean }) {
  const t = useT()
  const lang = useLang()
  return (
    <TableRegion label={caption}>
      <table className="table places-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(labelColumn)}</th>
            {withState ? <th scope="col">{t('places.col.state')}</th> : null}
            <th scope="col" className="num">
              {t('places.col.places')}
            </th>
            <th scope="col" className="num">
              {t('places.col.applications')}
            </th>
            <th scope="col" className="num">
              {t('places.col.gap')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {withState ? <td>{row.detail}</td> : null}
              <td className="num">{formatCount(lang, row.places)}</td>
              <td className="num">{formatCount(lang, row.applications)}</td>
              <td className="num">{formatCount(lang, row.gap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
