import { Form, Link } from '@remix-run/react'
import { useLang, useT, type MessageKey } from '~/i18n'
import type { ChamberMember } from '~/modules/chambers/membership-lists.server'
import { formatDate } from '~/utils/format'
import { TableRegion } from '~/components/table-region'

type Intent = 'verify' | 'refuse' | 'revoke'
const LABEL: Record<Intent, MessageKey> = { verify: 'chambers.members.verify', refuse: 'chambers.members.refuse', revoke: 'chambers.members.revoke' }

/** One button per decision; its name carries the company, so a screen reader hears whose row it is. */
function DecisionButtons({ member, intents }: { member: ChamberMember; intents: Intent[] }) {
  const t = useT()
  return (
    <Form method="post" className="membership-actions">
      <input type="hidden" name="membershipId" value={member.id} />
      {intents.map((intent) => (
        <button key={intent} type="submit" name="intent" value={intent} className={`button button--small${intent === 'verify' ? ' button--primary' : ' button--danger'}`}>
          {t(LABEL[intent])}
          <span className="visually-hidden"> – {member.companyName}</span>
        </button>
      ))}
    </Form>
  )
}

/** Requests waiting for a decision, or the verified members, as a table with their actions. */
export function MemberTable({ members, kind }: { members: ChamberMember[]; kind: 'pending' | 'verified' }) {
  const t = useT()
  const lang = useLang()
  const pending = kind === 'pending'
  if (members.length === 0) return <p>{t(pending ? 'chambers.members.noPending' : 'chambers.members.noVerified')}</p>
  return (
    <TableRegion label={t(pending ? 'chambers.members.pending' : 'chambers.members.verified')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('chambers.members.company')}</th>
            <th scope="col">{t('chambers.membership.memberNumber')}</th>
            <th scope="col">{t(pending ? 'chambers.members.requestedAt' : 'chambers.members.verifiedAt')}</th>
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
              <td>{member.memberNumber}</td>
              <td>{formatDate(lang, pending ? member.requestedAt : (member.verifiedAt ?? member.requestedAt))}</td>
              <td>
                <DecisionButtons member={member} intents={pending ? ['verify', 'refuse'] : ['revoke']} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}
