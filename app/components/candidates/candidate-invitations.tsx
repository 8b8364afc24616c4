import { Form, useSearchParams } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import { useLang, useT, type MessageKey } from '~/i18n'
import type { CompanyInvitation } from '~/modules/candidates/profile.server'
import { formatDate } from '~/utils/format'
import { InvitationStatusBadge } from './invitation-status'

/** The company's invitations to this person; an open one can be taken back. `?invitation=` marks the one a redirect points at. */
export function CandidateInvitations({ invitations, formError }: { invitations: CompanyInvitation[]; formError?: MessageKey }) {
  const t = useT()
  const lang = useLang()
  const [params] = useSearchParams()
  const marked = params.get('invitation')
  if (invitations.length === 0) return null
  return (
    <section className="app-section" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('candidates.invitations.title')}</h2>
      <FormMessage error={formError} />
      <ul className="invitation-list">
        {invitations.map((i) => (
          <li key={i.id} id={`invitation-${i.id}`} className={i.id === marked ? 'invitation invitation--marked' : 'invitation'}>
            <p className="invitation__head">
              <strong>{i.listingTitle}</strong> <InvitationStatusBadge status={i.status} />
            </p>
            <p className="muted">
              {t('candidates.invitation.sentOn', { date: formatDate(lang, i.createdAt) })}
              {i.answeredAt ? ` · ${t('candidates.invitation.answeredOn', { date: formatDate(lang, i.answeredAt) })}` : null}
            </p>
            {i.message ? <p className="invitation__message">{i.message}</p> : null}
            {i.status === 'pending' ? (
              <Form method="post">
                <input type="hidden" name="invitationId" value={i.id} />
                <button type="submit" name="intent" value="withdraw" className="button button--small">
                  {t('candidates.invitation.withdraw')}
                  <span className="visually-hidden"> {i.listingTitle}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
