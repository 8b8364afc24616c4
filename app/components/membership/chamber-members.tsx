import { Form, Link } from '@remix-run/react'
import { useLang, useT, type MessageKey } from '~/i18n'
import type { ChamberMember } from '~/modules/chambers/membership-lists.server'
import { formatDate } from '~/utils/format'
import { TableRegion } from '~/components/table-region'

type Confirmed = 'verify' | 'revoke'
const CONFIRM: Record<Confirmed, { open: MessageKey; question: MessageKey; submit: MessageKey }> = {
  verify: { open: 'chambers.members.verify', question: 'chambers.members.confirmVerify', submit: 'chambers.members.confirmVerifySubmit' },
  revoke: { open: 'chambers.members.revoke', question: 'chambers.members.confirmRevoke', submit: 'chambers.members.confirmRevokeSubmit' },
}

/**
 * Verifying and revoking change what every seeker reads about the company, so each has a second
 * step: the button opens the question with the final submit (a `<details>`, no JavaScript needed),
 * and that form alone carries the `confirm` field the server insists on.
 */
function ConfirmDecision({ member, intent }: { member: ChamberMember; intent: Confirmed }) {
  const t = useT()
  const labels = CONFIRM[intent]
  return (
    <details className="confirm-decision">
      <summary className={`button button--small${intent === 'verify' ? ' button--primary' : ''}`}>
        {t(labels.open)}
        <span className="visually-hidden"> – {member.companyName}</span>
      </summary>
      <Form method="post" className="confirm-decision__panel stack">
        <p>{t(labels.question, { company: member.companyName, number: member.memberNumber })}</p>
        <input type="hidden" name="membershipId" value={member.id} />
        <input type="hidden" name="confirm" value="yes" />
        <p>
          <button type="submit" name="intent" value={intent} className={`button button--small${intent === 'verify' ? ' button--primary' : ' button--danger'}`}>
            {t(labels.submit)}
            <span className="visually-hidden"> – {member.companyName}</span>
          </button>
        </p>
      </Form>
    </details>
  )
}

function RefuseButton({ member }: { member: ChamberMember }) {
  const t = useT()
  return (
    <Form method="post">
      <input type="hidden" name="membershipId" value={member.id} />
      <button type="submit" name="intent" value="refuse" className="button button--small">
        {t('chambers.members.refuse')}
        <span className="visually-hidden"> – {member.companyName}</span>
      </button>
    </Form>
  )
}

function addressOf(member: ChamberMember) {
  if (!member.placeName) return null
  const place = [member.postalCode, member.placeName].filter(Boolean).join(' ')
  return member.district && member.district !== member.placeName ? `${place} (${member.district})` : place
}

/** One open request with what the chamber checks before it confirms: trade, address, numbers, who asked. */
function RequestCard({ member }: { member: ChamberMember }) {
  const t = useT()
  const lang = useLang()
  const headingId = `request-${member.id}`
  const address = addressOf(member)
  return (
    <li className="request-card">
      <article className="stack" aria-labelledby={headingId}>
        <h3 id={headingId}>
          <Link to={`/companies/${encodeURIComponent(member.companySlug)}`}>{member.companyName}</Link>
        </h3>
        <dl className="request-facts">
          <div>
            <dt>{t('chambers.members.sector')}</dt>
            <dd>{t(`sector.${member.sector}`)}</dd>
          </div>
          <div>
            <dt>{t('chambers.members.trades')}</dt>
            <dd lang={member.occupations.length ? 'de' : undefined}>{member.occupations.length ? member.occupations.join(', ') : t('chambers.members.noTrades')}</dd>
          </div>
          <div>
            <dt>{t('chambers.members.address')}</dt>
            <dd>{address ?? t('chambers.members.notGiven')}</dd>
          </div>
          <div>
            <dt>{t('chambers.membership.memberNumber')}</dt>
            <dd>{member.memberNumber}</dd>
          </div>
          <div>
            <dt>{t('chambers.membership.registerEntry')}</dt>
            <dd>{member.registerEntry ?? t('chambers.members.notGiven')}</dd>
          </div>
          {member.website ? (
            <div>
              <dt>{t('chambers.members.website')}</dt>
              <dd>
                <a href={member.website} rel="noopener noreferrer nofollow">
                  {member.website}
                </a>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('chambers.members.requested')}</dt>
            <dd>
              {t('chambers.members.requestedBy', { date: formatDate(lang, member.requestedAt), name: member.requestedByName ?? t('chambers.members.unknownPerson') })}
            </dd>
          </div>
        </dl>
        <div className="membership-actions">
          <ConfirmDecision member={member} intent="verify" />
          <RefuseButton member={member} />
        </div>
      </article>
    </li>
  )
}

/** Open requests as cards with their facts; verified members as a table, each with a revocation to confirm. */
export function MemberTable({ members, kind }: { members: ChamberMember[]; kind: 'pending' | 'verified' }) {
  const t = useT()
  const lang = useLang()
  if (kind === 'pending') {
    if (members.length === 0) return <p>{t('chambers.members.noPending')}</p>
    return (
      <ul className="request-list">
        {members.map((member) => (
          <RequestCard key={member.id} member={member} />
        ))}
      </ul>
    )
  }
  if (members.length === 0) return <p>{t('chambers.members.noVerified')}</p>
  return (
    <TableRegion label={t('chambers.members.verified')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('chambers.members.company')}</th>
            <th scope="col">{t('chambers.membership.memberNumber')}</th>
            <th scope="col">{t('chambers.members.verifiedAt')}</th>
            <th scope="col">{t('chambers.membership.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row">
                <Link to={`/companies/${encodeURIComponent(member.companySlug)}`}>{member.companyName}</Link>
                {member.placeName ? <span className="muted"> · {member.placeName}</span> : null}
              </th>
              <td>
                {member.memberNumber}
                {member.registerEntry ? <span className="muted"> · {member.registerEntry}</span> : null}
              </td>
              <td>
                {formatDate(lang, member.verifiedAt ?? member.requestedAt)}
                {member.decidedByName ? <span className="muted"> · {member.decidedByName}</span> : null}
              </td>
              <td>
                <ConfirmDecision member={member} intent="revoke" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
