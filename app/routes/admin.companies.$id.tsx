import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { formatDateTime } from '~/components/moderation/format'
import moderationStyles from '~/components/moderation/moderation.css?url'
import { translate, useLang, useT, type MessageKey } from '~/i18n'
import { requireAdmin } from '~/http/guards.server'
import { getCompanyForAdmin } from '~/modules/moderation/company-view.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: moderationStyles }]
export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'moderation.company.title')} – Passgenau` }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireAdmin(context, request)
  return getCompanyForAdmin(params.id ?? '')
}

export default function AdminCompany() {
  const t = useT()
  const lang = useLang()
  const { company, accounts, listingCounts, recentListings, reportCount, decisions } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <h1>{company.name}</h1>
      <dl className="figures card">
        <dt>{t('moderation.company.page')}</dt>
        <dd>
          <Link to={`/companies/${company.slug}`}>/companies/{company.slug}</Link>
        </dd>
        <dt>{t('moderation.company.registered')}</dt>
        <dd>{formatDateTime(lang, company.createdAt)}</dd>
        <dt>{t('moderation.company.chamber')}</dt>
        <dd>{t(company.isVerified ? 'moderation.company.verified' : 'moderation.company.unverified')}</dd>
        <dt>{t('moderation.company.state')}</dt>
        <dd>{company.suspendedAt ? t('moderation.company.suspended') : t('moderation.company.active')}</dd>
        <dt>{t('moderation.company.reports')}</dt>
        <dd>{reportCount}</dd>
      </dl>
      <h2>{t('moderation.company.accounts')}</h2>
      <ul className="case-list">
        {accounts.map((a) => (
          <li key={a.email} className="card">
            {a.name} · {a.email} · {t(`role.${a.role}` as MessageKey)} · {t('moderation.company.since', { date: formatDateTime(lang, a.createdAt) })} ·{' '}
            {t(a.emailVerifiedAt ? 'moderation.company.emailConfirmed' : 'moderation.company.emailUnconfirmed')}
          </li>
        ))}
      </ul>
      <h2>{t('moderation.company.listings')}</h2>
      <p>{listingCounts.map((c) => `${t(`employer.status.${c.status}` as MessageKey)}: ${c.count}`).join(' · ') || '–'}</p>
      <ul className="case-list">
        {recentListings.map((l) => (
          <li key={l.id} className="card">
            {l.status === 'published' ? <Link to={`/jobs/${l.id}`}>{l.title}</Link> : l.title} · {t(`employer.status.${l.status}` as MessageKey)} · {formatDateTime(lang, l.createdAt)}
          </li>
        ))}
      </ul>
      <h2>{t('moderation.case.history')}</h2>
      {decisions.length === 0 ? <p>{t('moderation.company.noDecisions')}</p> : null}
      <ul className="case-list">
        {decisions.map((d) => (
          <li key={d.id} className="card">
            {t(`moderation.action.${d.action}` as MessageKey)} · {t(`moderation.rule.${d.rule}` as MessageKey)} · {formatDateTime(lang, d.decidedAt)}
            {d.reversedAt ? ` · ${t('moderation.decision.reversed')}` : ''}
            {d.listingId ? (
              <>
                {' · '}
                <Link to={`/admin/moderation/listing-${d.listingId}`}>{t('moderation.objections.openCase')}</Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
