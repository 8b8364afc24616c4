import { Field, FieldError } from '~/components/form/field'
import { useT } from '~/i18n'
import { DESCRIPTION_MAX, TITLE_MAX } from '~/modules/listings/listing-form'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { CheckboxField, SelectField, TextAreaField } from '~/components/form/form-controls'
import { MarkdownPreview, PreviewButton } from './markdown-preview'
import { useSuggestions } from '~/components/form/use-suggestions'
import { BENEFITS, CERTIFICATES, GERMAN_LEVELS, WORKING_TIMES, WORKPLACE_LANGUAGES } from '../../../values/listings'

type S = { state: FormState | undefined }

export function DescriptionSection({ state, previewHtml }: S & { previewHtml?: string | null }) {
  const t = useT()
  return (
    <fieldset className="form-section">
      <legend>{t('employer.listing.description')}</legend>
      <Field name="title" label="employer.listing.title" hint="employer.listing.titleHint" defaultValue={valueOf(state, 'title')} error={fieldError(state, 'title')} />
      <TextAreaField
        name="description"
        label="employer.listing.description"
        hintText={t('employer.listing.descriptionHint', { max: DESCRIPTION_MAX.toLocaleString('de-DE'), titleMax: TITLE_MAX })}
        defaultValue={valueOf(state, 'description')}
        error={fieldError(state, 'description')}
        rows={14}
      />
      <div className="form-actions">
        <PreviewButton />
      </div>
      <MarkdownPreview html={previewHtml} />
    </fieldset>
  )
}

export function PlaceAndTimeSection({ state }: S) {
  const t = useT()
  const places = useSuggestions(
    (q) => `/api/places?${new URLSearchParams({ q })}`,
    (json) => (json as { places: Array<{ value: string; label: string }> }).places,
  )
  return (
    <fieldset className="form-section">
      <legend>{t('employer.listing.placeAndTime')}</legend>
      <div className="form-grid">
        <Field
          name="place"
          label="employer.listing.place"
          hint="employer.place.hint"
          defaultValue={valueOf(state, 'place')}
          error={fieldError(state, 'place')}
          list="place-suggestions"
          autoComplete="off"
          onChange={(e) => places.onQuery(e.currentTarget.value)}
        />
        <datalist id="place-suggestions">
          {places.items.map((p) => (
            <option key={p.value + p.label} value={p.value}>
              {p.label}
            </option>
          ))}
        </datalist>
        <SelectField
          name="workingTime"
          label="employer.listing.workingTime"
          defaultValue={valueOf(state, 'workingTime', 'vollzeit')}
          error={fieldError(state, 'workingTime')}
          options={WORKING_TIMES.map((v) => ({ value: v, label: t(`workingTime.${v}`) }))}
        />
        <Field name="startDate" type="date" label="employer.listing.startDate" defaultValue={valueOf(state, 'startDate')} error={fieldError(state, 'startDate')} />
        <Field
          name="applicationDeadline"
          type="date"
          label="employer.listing.deadline"
          hint="employer.listing.deadlineHint"
          defaultValue={valueOf(state, 'applicationDeadline')}
          error={fieldError(state, 'applicationDeadline')}
        />
        <Field name="placesCount" label="employer.listing.placesCount" inputMode="numeric" defaultValue={valueOf(state, 'placesCount', '1')} error={fieldError(state, 'placesCount')} />
      </div>
    </fieldset>
  )
}

export function RequirementsSection({ state }: S) {
  const t = useT()
  return (
    <fieldset className="form-section">
      <legend>{t('employer.listing.requirements')}</legend>
      <div className="form-grid">
        <SelectField
          name="minCertificate"
          label="employer.listing.minCertificate"
          defaultValue={valueOf(state, 'minCertificate', 'none')}
          error={fieldError(state, 'minCertificate')}
          options={CERTIFICATES.map((v) => ({ value: v, label: t(`certificate.${v}`) }))}
        />
        <SelectField
          name="minGerman"
          label="employer.listing.minGerman"
          defaultValue={valueOf(state, 'minGerman', 'none')}
          error={fieldError(state, 'minGerman')}
          options={GERMAN_LEVELS.map((v) => ({ value: v, label: t(`germanLevel.${v}`) }))}
        />
      </div>
      <CheckboxField name="needsDrivingLicence" label="employer.listing.drivingLicence" defaultChecked={valueOf(state, 'needsDrivingLicence') === 'on'} />
    </fieldset>
  )
}

export function OfferSection({ state }: S) {
  const t = useT()
  const chosen = new Set(valueOf(state, 'benefits').split(',').filter(Boolean))
  return (
    <fieldset className="form-section">
      <legend>{t('employer.listing.offer')}</legend>
      <fieldset className="choice">
        <legend>{t('employer.listing.benefits')}</legend>
        {BENEFITS.map((b) => (
          <label key={b}>
            <input type="checkbox" name="benefits" value={b} defaultChecked={chosen.has(b)} /> {t(`benefit.${b}`)}
          </label>
        ))}
      </fieldset>
      <CheckboxField name="isSuitableForRefugees" label="employer.listing.refugees" defaultChecked={valueOf(state, 'isSuitableForRefugees') === 'on'} />
      <CheckboxField name="hasRecognitionSupport" label="employer.listing.recognition" defaultChecked={valueOf(state, 'hasRecognitionSupport') === 'on'} />
      <WorkplaceLanguagesField state={state} />
      <CheckboxField name="supportsGermanCourse" label="employer.listing.germanCourse" defaultChecked={valueOf(state, 'supportsGermanCourse') === 'on'} />
      <Field name="contactName" label="employer.listing.contact" hint="employer.listing.contactHint" defaultValue={valueOf(state, 'contactName')} error={fieldError(state, 'contactName')} autoComplete="off" />
    </fieldset>
  )
}

function WorkplaceLanguagesField({ state }: S) {
  const t = useT()
  const chosen = new Set(valueOf(state, 'workplaceLanguages').split(',').filter(Boolean))
  const error = fieldError(state, 'workplaceLanguages')
  return (
    <fieldset className="choice" aria-describedby={error ? 'workplaceLanguages-hint workplaceLanguages-error' : 'workplaceLanguages-hint'}>
      <legend>{t('employer.listing.workplaceLanguages')}</legend>
      <p id="workplaceLanguages-hint" className="field__hint">
        {t('employer.listing.workplaceLanguagesHint')}
      </p>
      {WORKPLACE_LANGUAGES.map((code) => (
        <label key={code}>
          <input type="checkbox" name="workplaceLanguages" value={code} defaultChecked={chosen.has(code)} /> {t(`language.${code}`)}
        </label>
      ))}
      <FieldError id="workplaceLanguages-error" error={error} />
    </fieldset>
  )
}
