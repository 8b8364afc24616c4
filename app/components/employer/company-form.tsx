import { Form } from '@remix-run/react'
import { Field, FormMessage } from '~/components/form/field'
import { useT } from '~/i18n'
import { COMPANY_DESCRIPTION_MAX } from '~/modules/companies/profile.schema'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { CheckboxField, SelectField, TextAreaField } from '~/components/form/form-controls'
import { MarkdownPreview, PreviewButton } from './markdown-preview'
import { useSuggestions } from '~/components/form/use-suggestions'
import { SECTORS, SIZE_BANDS } from '../../../values/organizations'

/** The company profile form for owners. */
export function CompanyForm({ state, previewHtml }: { state: FormState; previewHtml?: string | null }) {
  const t = useT()
  const places = useSuggestions(
    (q) => `/api/places?${new URLSearchParams({ q })}`,
    (json) => (json as { places: Array<{ value: string; label: string }> }).places,
  )
  return (
    <Form method="post" noValidate className="stack" aria-labelledby="company-form-title">
      <h2 id="company-form-title">{t('employer.company.formTitle')}</h2>
      <FormMessage error={state.formError} />
      <fieldset className="form-section">
        <legend>{t('employer.company.basics')}</legend>
        <Field name="name" label="employer.company.name" defaultValue={valueOf(state, 'name')} error={fieldError(state, 'name')} autoComplete="organization" />
        <div className="form-grid">
          <SelectField
            name="sector"
            label="company.sector"
            defaultValue={valueOf(state, 'sector', 'other')}
            error={fieldError(state, 'sector')}
            options={SECTORS.map((v) => ({ value: v, label: t(`sector.${v}`) }))}
          />
          <SelectField
            name="sizeBand"
            label="company.size"
            defaultValue={valueOf(state, 'sizeBand')}
            error={fieldError(state, 'sizeBand')}
            options={[{ value: '', label: t('employer.select.none') }, ...SIZE_BANDS.map((v) => ({ value: v, label: t(`company.size.${v}`) }))]}
          />
          <Field
            name="place"
            label="company.place"
            hint="employer.place.hint"
            defaultValue={valueOf(state, 'place')}
            error={fieldError(state, 'place')}
            list="company-place-suggestions"
            autoComplete="off"
            onChange={(e) => places.onQuery(e.currentTarget.value)}
          />
          <datalist id="company-place-suggestions">
            {places.items.map((p) => (
              <option key={p.value + p.label} value={p.value}>
                {p.label}
              </option>
            ))}
          </datalist>
          <Field name="website" label="company.website" hint="employer.company.websiteHint" defaultValue={valueOf(state, 'website')} error={fieldError(state, 'website')} inputMode="url" />
        </div>
        <CheckboxField name="isTrainingCompany" label="employer.company.isTrainingCompany" defaultChecked={valueOf(state, 'isTrainingCompany') === 'on'} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('company.about')}</legend>
        <TextAreaField
          name="description"
          label="employer.company.description"
          hintText={t('employer.company.descriptionHint', { max: COMPANY_DESCRIPTION_MAX.toLocaleString('de-DE') })}
          defaultValue={valueOf(state, 'description')}
          error={fieldError(state, 'description')}
          rows={10}
        />
        <div className="form-actions">
          <PreviewButton />
        </div>
        <MarkdownPreview html={previewHtml} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" name="intent" value="save" className="button button--primary">
          {t('employer.company.save')}
        </button>
      </div>
    </Form>
  )
}
