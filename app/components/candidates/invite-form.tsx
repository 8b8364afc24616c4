import { Form } from '@remix-run/react'
import { SelectField, TextAreaField } from '~/components/form/form-controls'
import { FormMessage } from '~/components/form/field'
import { useT } from '~/i18n'
import type { CandidatePage } from '~/modules/candidates/profile.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { INVITATION_MESSAGE_MAX } from '../../../values/employer-tools'

interface Props {
  listings: CandidatePage['listings']
  /** Preselected: the listing the page scores against. */
  listingId: number | null
  state?: FormState
}

/** One of the company's open listings and a few words; listings already offered to the person say so. */
export function InviteForm({ listings, listingId, state }: Props) {
  const t = useT()
  return (
    <section className="form-section invite-form" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('candidates.invite.title')}</h2>
      {listings.length === 0 ? (
        <p>{t('candidates.invite.noListings')}</p>
      ) : (
        <Form method="post" className="stack">
          <p>{t('candidates.invite.intro')}</p>
          <FormMessage error={state?.formError} />
          <SelectField
            name="listingId"
            label="candidates.invite.listing"
            defaultValue={valueOf(state, 'listingId', listingId ? String(listingId) : '')}
            error={fieldError(state, 'listingId')}
            options={listings.map((l) => ({
              value: String(l.id),
              label: l.invitationId ? t('candidates.invite.listing.invited', { title: l.title }) : `${l.title} (${l.placeName})`,
            }))}
          />
          <TextAreaField
            name="message"
            label="candidates.invite.message"
            hint="candidates.invite.message.hint"
            maxLength={INVITATION_MESSAGE_MAX}
            rows={5}
            defaultValue={valueOf(state, 'message')}
            error={fieldError(state, 'message')}
          />
          <div className="form-actions">
            <button type="submit" name="intent" value="invite" className="button button--primary">
              {t('candidates.invite.submit')}
            </button>
          </div>
        </Form>
      )}
    </section>
  )
}
