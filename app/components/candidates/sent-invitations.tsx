import { Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import type { SentInvitation } from '~/modules/candidates/invitations.server'
import { formatDate } from '~/utils/format'
import { InvitationStatusBadge } from './invitation-status'
import { TableRegion } from '~/components/table-region'

function PersonCell({ invitation: i }: { invitation: SentInvitation }) {
  const t = useT()
  const label = i.contact?.name ?? t('candidates.card.heading', { initial: i.initial })
  if (!i.candidateId) {
    return (
      <>
        {label} <span className="muted">({t('candidates.sent.gone')})</span>
      </>
    )
  }
  return <Link to={`/employer/candidates/${i.candidateId}`}>{label}</Link>
}

/** The company's invitations: accepted ones with the contact they shared, then open and declined ones, anonymous. */
export function SentInvitations({ invitations }: { invitations: SentInvitation[] }) {
  const t = useT()
  const lang = useLang()
  const accepted = invitations.filter((i) => i.status === 'accepted')
  const others = invitations.filter((i) => i.status !== 'accepted')
  return (
    <section id="invitations" className="stack" aria-labelledby="sent-title">
      <h2 id="sent-title">{t('candidates.sent.title')}</h2>
      {invitations.length === 0 ? <p>{t('candidates.sent.empty')}</p> : null}
      {invitations.length > 0 ? (
        <>
          <h3>{t('candidates.sent.accepted')}</h3>
          {accepted.length === 0 ? (
            <p>{t('candidates.sent.noneAccepted')}</p>
          ) : (
            <TableRegion label={t('candidates.sent.accepted')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('candidates.sent.col.person')}</th>
                    <th scope="col">{t('candidates.sent.col.email')}</th>
                    <th scope="col">{t('candidates.sent.col.listing')}</th>
                    <th scope="col">{t('candidates.sent.col.date')}</th>
                  </tr>
                </thead>
                <tbody>
                  {accepted.map((i) => (
                    <tr key={i.id}>
                      <td>
                        <PersonCell invitation={i} />
                      </td>
                      <td>{i.contact ? <a href={`mailto:${i.contact.email}`}>{i.contact.email}</a> : null}</td>
                      <td>{i.listingTitle}</td>
                      <td>{formatDate(lang, i.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
        </>
      ) : null}
      {others.length > 0 ? (
        <>
          <h3>{t('candidates.sent.others')}</h3>
          <TableRegion label={t('candidates.sent.others')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('candidates.sent.col.person')}</th>
                  <th scope="col">{t('candidates.sent.col.listing')}</th>
                  <th scope="col">{t('candidates.sent.col.status')}</th>
                  <th scope="col">{t('candidates.sent.col.date')}</th>
                </tr>
              </thead>
              <tbody>
                {others.map((i) => (
                  <tr key={i.id}>
                    <td>
                      <PersonCell invitation={i} />
                    </td>
                    <td>{i.listingTitle}</td>
                    <td>
                      <InvitationStatusBadge status={i.status} />
                    </td>
                    <td>{formatDate(lang, i.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : null}
    </section>
  )
}
