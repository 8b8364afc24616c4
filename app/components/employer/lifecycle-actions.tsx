import { Form, Link } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import { useLang, useT, type MessageKey } from '~/i18n'
import { CLOSE_REASONS } from '~/modules/listings/listing-form'
import { formatDate } from '~/utils/format'
import { StatusBadge } from './status-badge'
import type { ListingStatus } from '../../../values/listings'

interface Props {
  status: ListingStatus
  closedReason: string | null
  publishedAt: string | null
  expiresAt: string | null
  formError?: MessageKey
  reasonError?: MessageKey
}

/** Where a listing stands, and what can happen to it next: renew, close with a reason, duplicate. */
export function LifecycleActions({ status, closedReason, publishedAt, expiresAt, formError, reasonError }: Props) {
  const t = useT()
  const lang = useLang()
  const isOpen = status === 'published' || status === 'expired'
  return (
    <section className="form-section" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t('employer.lifecycle.title')}</h2>
      <FormMessage error={formError} />
      <p>
        <StatusBadge status={status} />{' '}
        {publishedAt ? t('employer.lifecycle.publishedAt', { date: formatDate(lang, publishedAt) }) : null}{' '}
        {expiresAt && status === 'published' ? t('employer.lifecycle.expiresAt', { date: formatDate(lang, expiresAt) }) : null}
        {status === 'closed' && closedReason ? t(`employer.close.reason.${closedReason}` as MessageKey) : null}
      </p>
      {status === 'closed' ? <p>{t('employer.listing.closedReadOnly')}</p> : null}
      {status === 'held' ? <p className="alert alert--info">{t('moderation.listing.heldNote')}</p> : null}
      {status === 'blocked' ? (
        <p className="alert alert--info">
          {t('moderation.listing.blocked')} <Link to="/employer/moderation">{t('moderation.employer.title')}</Link>
        </p>
      ) : null}
      <div className="form-actions">
        {isOpen ? (
          <Form method="post">
            <button type="submit" name="intent" value="renew" className="button">
              {t('employer.lifecycle.renew')}
            </button>
          </Form>
        ) : null}
        <Form method="post">
          <button type="submit" name="intent" value="duplicate" className="button">
            {t('employer.lifecycle.duplicate')}
          </button>
        </Form>
      </div>
      {isOpen ? (
        <Form method="post" className="stack">
          <fieldset className={reasonError ? 'choice field--invalid' : 'choice'} aria-describedby={reasonError ? 'close-reason-error' : undefined}>
            <legend>{t('employer.close.legend')}</legend>
            {CLOSE_REASONS.map((reason) => (
              <label key={reason}>
                <input type="radio" name="reason" value={reason} /> {t(`employer.close.reason.${reason}`)}
              </label>
            ))}
            {reasonError ? (
              <p id="close-reason-error" className="field__error">
                {t(reasonError)}
              </p>
            ) : null}
          </fieldset>
          <div className="form-actions">
            <button type="submit" name="intent" value="close" className="button button--danger">
              {t('employer.lifecycle.close')}
            </button>
          </div>
        </Form>
      ) : null}
    </section>
  )
}
