import { Form } from '@remix-run/react'
import { Field, FieldError, FormMessage } from '~/components/form/field'
import { CheckboxField, SelectField, TextAreaField } from '~/components/form/form-controls'
import { useSuggestions } from '~/components/form/use-suggestions'
import { useT } from '~/i18n'
import { MAX_TRAVEL_KM, RECOGNITION_INFO_URL, type ProfileFormValues } from '~/modules/seekers/profile.schema'
import { fieldError, type FormState } from '~/utils/action-data'
import { LanguageRows, QualificationRows } from './profile-rows'
import { GERMAN_LEVELS, OFFER_TYPES } from '../../../values/listings'
import { SEEKER_CERTIFICATES, TARGET_GROUPS } from '../../../values/seekers'

/** Everything of the profile but the wished occupations, in one form; section ids are the completeness links' targets. */
export function ProfileForm({ values, state }: { values: ProfileFormValues; state?: FormState }) {
  const t = useT()
  const places = useSuggestions(
    (q) => `/api/places?${new URLSearchParams({ q })}`,
    (json) => (json as { places: Array<{ value: string; label: string }> }).places,
  )
  const choose = { value: '', label: t('profile.choose') }
  const error = (name: string) => fieldError(state, name)
  return (
    <Form method="post" noValidate className="stack">
      <FormMessage error={state?.formError} />

      <fieldset id="about" className="form-section">
        <legend>{t('profile.section.about')}</legend>
        <SelectField
          name="targetGroup"
          label="profile.targetGroup"
          options={[choose, ...TARGET_GROUPS.map((v) => ({ value: v, label: t(`profile.targetGroup.${v}`) }))]}
          defaultValue={values.targetGroup}
          error={error('targetGroup')}
        />
        <SelectField
          name="certificate"
          label="profile.certificate"
          options={[choose, ...SEEKER_CERTIFICATES.map((v) => ({ value: v, label: t(`profile.certificate.${v}`) }))]}
          defaultValue={values.certificate}
          error={error('certificate')}
        />
        <TextAreaField name="skills" label="profile.skills" hint="profile.skills.hint" rows={4} defaultValue={values.skills} error={error('skills')} />
      </fieldset>

      <fieldset id="wishes" className="form-section">
        <legend>{t('profile.section.wishes')}</legend>
        <fieldset className="choice" aria-describedby="offer-types-hint">
          <legend>{t('profile.wishedOfferTypes')}</legend>
          <p id="offer-types-hint" className="field__hint">
            {t('profile.wishedOfferTypes.hint')}
          </p>
          {OFFER_TYPES.map((type) => (
            <CheckboxField key={type} name="wishedOfferTypes" value={type} label={`offerType.${type}`} defaultChecked={values.wishedOfferTypes.includes(type)} />
          ))}
          <FieldError error={error('wishedOfferTypes')} />
        </fieldset>
        <Field name="availableFrom" type="date" label="profile.availableFrom" hint="profile.availableFrom.hint" defaultValue={values.availableFrom} error={error('availableFrom')} />
      </fieldset>

      <fieldset id="languages" className="form-section">
        <legend>{t('profile.section.languages')}</legend>
        <SelectField
          name="germanLevel"
          label="profile.germanLevel"
          hint="profile.germanLevel.hint"
          options={[choose, ...GERMAN_LEVELS.map((v) => ({ value: v, label: v === 'none' ? t('profile.german.none') : t(`germanLevel.${v}`) }))]}
          defaultValue={values.germanLevel}
          error={error('germanLevel')}
        />
        <p className="field__hint">{t('profile.languages.hint')}</p>
        <FieldError error={error('languages')} />
        <LanguageRows values={values} state={state} />
      </fieldset>

      <fieldset id="qualifications" className="form-section">
        <legend>{t('profile.section.qualifications')}</legend>
        <p className="field__hint">{t('profile.qualifications.hint')}</p>
        <p>
          {t('profile.recognition.info')}{' '}
          <a href={RECOGNITION_INFO_URL} rel="external">
            {t('profile.recognition.link')}
          </a>
        </p>
        <QualificationRows values={values} state={state} />
      </fieldset>

      <fieldset id="mobility" className="form-section">
        <legend>{t('profile.section.mobility')}</legend>
        <div className="form-grid">
          <Field
            name="homePlace"
            label="profile.homePlace"
            hint="profile.homePlace.hint"
            maxLength={100}
            list="home-place-suggestions"
            autoComplete="off"
            defaultValue={values.homePlace}
            error={error('homePlace')}
            onChange={(e) => places.onQuery(e.currentTarget.value)}
          />
          <Field
            name="travelKm"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_TRAVEL_KM}
            label="profile.travelKm"
            hint="profile.travelKm.hint"
            defaultValue={values.travelKm}
            error={error('travelKm')}
          />
        </div>
        <datalist id="home-place-suggestions">
          {places.items.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </datalist>
        <fieldset className="choice">
          <legend>{t('profile.mobility')}</legend>
          <CheckboxField name="hasDrivingLicence" label="profile.hasDrivingLicence" defaultChecked={values.hasDrivingLicence} />
          <CheckboxField name="hasCar" label="profile.hasCar" defaultChecked={values.hasCar} />
          <CheckboxField name="usesPublicTransportOnly" label="profile.usesPublicTransportOnly" defaultChecked={values.usesPublicTransportOnly} />
        </fieldset>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('profile.section.visibility')}</legend>
        <CheckboxField name="isFindable" label="profile.isFindable" defaultChecked={values.isFindable}>
          <p className="field__hint">{t('profile.isFindable.hint')}</p>
        </CheckboxField>
      </fieldset>

      <div className="form-actions">
        <button type="submit" name="intent" value="save" className="button button--primary">
          {t('profile.save')}
        </button>
      </div>
    </Form>
  )
}
