import { Form, Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import type { MyInvitation } from '~/modules/candidates/seeker-invitations.server'
import { formatDate } from '~/utils/format'
import { InvitationStatusBadge } from './invitation-status'

/** One invitation as the seeker reads it: who, for what, their words, and the answer or the way on. */
export function MyInvitationCard({ invitation: i }: { invitation: MyInvitation }) {
  const t = useT()
  const lang = useLang()
  return (
    <article className="app-section invitation" aria-labelledby={`invitation-${i.id}`}>
      <h3 id={`invitation-${i.id}`}>
        <Link to={i.listingPath}>{i.listingTitle}</Link>
      </h3>
      <p>
        {t('candidates.mine.company', { company: i.companyName, place: i.placeName })} · <InvitationStatusBadge status={i.status} />
      </p>
      <p className="muted">
        {t('candidates.mine.receivedOn', { date: formatDate(lang, i.createdAt) })}
        {i.answeredAt ? ` · ${t(`candidates.mine.status.${i.status === 'accepted' ? 'accepted' : 'declined'}`, { date: formatDate(lang, i.answeredAt) })}` : null}
      </p>
      {i.message ? (
        <figure className="invitation__quote">
          <figcaption>{t('candidates.mine.message')}</figcaption>
          <blockquote className="invitation__message">{i.message}</blockquote>
        </figure>
      ) : null}
      {i.status === 'pending' ? (
        <Form method="post" className="stack">
          <input type="hidden" name="invitationId" value={i.id} />
          <p className="field__hint">{t('candidates.mine.accept.hint')}</p>
          <div className="form-actions">
            <button type="submit" name="answer" value="accept" className="button button--primary">
              {t('candidates.mine.accept')}
              <span className="visually-hidden">: {i.listingTitle}</span>
            </button>
            <button type="submit" name="answer" value="decline" className="button">
              {t('candidates.mine.decline')}
              <span className="visually-hidden">: {i.listingTitle}</span>
            </button>
          </div>
        </Form>
      ) : null}
      {i.status === 'accepted' ? <NextStep invitation={i} /> : null}
    </article>
  )
}

/** After accepting: apply (or open the application already sent); a closed listing says so. */
function NextStep({ invitation: i }: { invitation: MyInvitation }) {
  const t = useT()
  if (i.applicationId) {
    return (
      <p>
        <Link to={`/me/applications/${i.applicationId}`}>{t('candidates.mine.applied')}</Link>
      </p>
    )
  }
  if (!i.isListingOpen) return <p className="muted">{t('candidates.mine.listingClosed')}</p>
  return (
    <p>
      <Link to={`/jobs/${i.listingId}/apply`} className="button button--primary">
        {t('candidates.mine.apply')}
        <span className="visually-hidden">: {i.listingTitle}</span>
      </Link>
    </p>
  )
}
