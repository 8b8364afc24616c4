import { Form } from '@remix-run/react'
import { useState } from 'react'
import { useHydrated } from '~/components/use-hydrated'
import { FormMessage } from '~/components/form/field'
import { useT } from '~/i18n'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { FairWordingPanel } from './fair-wording-panel'
import { SelectField } from '~/components/form/form-controls'
import { DescriptionSection, OfferSection, PlaceAndTimeSection, RequirementsSection } from './listing-form-sections'
import { PayFields } from './pay-fields'
import { OFFER_TYPES, type ListingStatus } from '../../../values/listings'

interface Props {
  /** Values and errors to show: the last answer of the action, else the stored or default values. */
  state: FormState
  occupationName: string
  /** Undefined for a new listing. */
  status?: ListingStatus
  previewHtml?: string | null
  isVerified: boolean
}

/** Step two: every field of a listing, in the order an employer thinks about them. */
export function ListingForm({ state, occupationName, status, previewHtml, isVerified }: Props) {
  const t = useT()
  const isHydrated = useHydrated()
  const [trainingYears, setTrainingYears] = useState(Number(valueOf(state, 'trainingYears')) || 0)
  const canPublish = status === undefined || status === 'draft' || status === 'expired'
  return (
    <Form method="post" noValidate className="stack listing-form" aria-labelledby="listing-form-title">
      <h2 id="listing-form-title">{t('employer.listing.formTitle')}</h2>
      <FormMessage error={state.formError} />
      {!isVerified ? <p className="alert alert--info">{t('employer.listing.publish.unverified')}</p> : null}
      <fieldset className="form-section">
        <legend>{t('employer.listing.basics')}</legend>
        <p>{t('employer.occupation.chosen', { name: occupationName })}</p>
        <input type="hidden" name="occupationId" value={valueOf(state, 'occupationId')} />
        {fieldError(state, 'occupationId') ? (
          <p className="field__error" role="alert">
            {t(fieldError(state, 'occupationId')!)}
          </p>
        ) : null}
        <SelectField
          name="offerType"
          label="employer.listing.offerType"
          defaultValue={valueOf(state, 'offerType', 'ausbildung')}
          error={fieldError(state, 'offerType')}
          options={OFFER_TYPES.map((v) => ({ value: v, label: t(`offerType.${v}`) }))}
        />
      </fieldset>
      <DescriptionSection state={state} previewHtml={previewHtml} />
      <PlaceAndTimeSection state={state} />
      <PayFields state={state} trainingYears={trainingYears} onTrainingYears={setTrainingYears} isHydrated={isHydrated} />
      <RequirementsSection state={state} />
      <OfferSection state={state} />
      <FairWordingPanel title={valueOf(state, 'title')} description={valueOf(state, 'description')} error={fieldError(state, 'fairWordingConfirmed')} />
      <div className="form-actions">
        {status === 'published' ? (
          <button type="submit" name="intent" value="save" className="button button--primary">
            {t('employer.listing.saveLive')}
          </button>
        ) : (
          <button type="submit" name="intent" value="save" className="button">
            {t('employer.listing.saveDraft')}
          </button>
        )}
        {canPublish ? (
          <button type="submit" name="intent" value="publish" className="button button--primary">
            {t(status === 'expired' ? 'employer.listing.republish' : 'employer.listing.publish')}
          </button>
        ) : null}
      </div>
    </Form>
  )
}
