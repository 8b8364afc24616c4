import { ApplicationStatusBadge } from '~/components/applications/status-badge'
import { useLang, useT } from '~/i18n'
import type { CaseView } from '~/modules/counselling/caseload.server'
import { formatDate } from '~/utils/format'
import { TableRegion } from '~/components/table-region'

/** Where the seeker applied and where each application stands; nothing of what was sent. */
export function CaseApplications({ applications }: { applications: CaseView['applications'] }) {
  const t = useT()
  const lang = useLang()
  return (
    <section className="app-section" aria-labelledby="case-applications">
      <h2 id="case-applications">{t('counselling.case.applications')}</h2>
      {applications.length === 0 ? (
        <p>{t('counselling.case.applications.empty')}</p>
      ) : (
        <TableRegion label={t('counselling.case.applications')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('counselling.case.applications.listing')}</th>
                <th scope="col">{t('counselling.case.applications.company')}</th>
                <th scope="col">{t('counselling.case.applications.status')}</th>
                <th scope="col">{t('counselling.case.applications.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id}>
                  <td>{a.listingTitle}</td>
                  <td>
                    {a.companyName}, {a.placeName}
                  </td>
                  <td>
                    <ApplicationStatusBadge status={a.status} />
                  </td>
                  <td>{formatDate(lang, a.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  )
}
