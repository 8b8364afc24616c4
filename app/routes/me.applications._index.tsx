import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import applicationStyles from '~/components/applications/applications.css?url'
import { ApplicationStatusBadge } from '~/components/applications/status-badge'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { translate, useLang, useT } from '~/i18n'
import { listMyApplications } from '~/modules/applications/seeker-applications.server'
import { requireSeeker } from '~/http/guards.server'
import { formatDate } from '~/utils/format'
import { langFromMatches } from '~/utils/meta'
import { TableRegion } from '~/components/table-region'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: applicationStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'applications.mine.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSeeker(context, request)
  return { applications: await listMyApplications(user.id) }
}

export default function MyApplications() {
  const t = useT()
  const lang = useLang()
  const { applications } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <h1>{t('applications.mine.title')}</h1>
      {applications.length === 0 ? (
        <>
          <p>{t('applications.mine.empty')}</p>
          <p>
            <Link to="/jobs" className="button button--primary">
              {t('applications.mine.toSearch')}
            </Link>
          </p>
        </>
      ) : (
        <TableRegion label={t('applications.mine.title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('applications.col.listing')}</th>
                <th scope="col">{t('applications.col.company')}</th>
                <th scope="col">{t('applications.col.status')}</th>
                <th scope="col">{t('applications.col.applied')}</th>
                <th scope="col">{t('applications.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/me/applications/${a.id}`}>{a.listingTitle}</Link>
                  </td>
                  <td>
                    {a.companyName}
                    <br />
                    <span className="muted">{a.placeName}</span>
                  </td>
                  <td>
                    <ApplicationStatusBadge status={a.status} />
                  </td>
                  <td>{formatDate(lang, a.createdAt)}</td>
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
