import { Form, Link, useSearchParams } from '@remix-run/react'
import { useId } from 'react'
import { CheckboxField, SelectField } from '~/components/form/form-controls'
import { useSuggestions } from '~/components/form/use-suggestions'
import { Field } from '~/components/form/field'
import type { PlaceOption } from '~/components/search/search-bar'
import { useT } from '~/i18n'
import { MIN_GERMAN_VALUES } from '~/modules/candidates/candidates.schema'
import type { CompanyListingOption } from '~/modules/candidates/company-listings.server'
import { DEFAULT_RADIUS, RADII } from '~/modules/search/search-params'
import type { FieldErrors } from '~/utils/errors'

interface Props {
  occupation: { id: number; name: string } | null
  listings: CompanyListingOption[]
  errors: FieldErrors
}

/** Everything but the occupation, which is picked above; a GET form, so results can be linked and work without JavaScript. */
export function CandidateFilters({ occupation, listings, errors }: Props) {
  const t = useT()
  const id = useId()
  const [params] = useSearchParams()
  const value = (name: string) => params.get(name) ?? ''
  const places = useSuggestions(
    (q) => `/api/places?${new URLSearchParams({ q })}`,
    (json) => (json as { places: PlaceOption[] }).places,
  )
  const withoutOccupation = new URLSearchParams(params)
  for (const name of ['occupation', 'occupationId', 'type', 'page']) withoutOccupation.delete(name)
  return (
    // Keyed by the address, so a link to other filters (or none) shows them instead of what was typed before.
    <Form key={params.toString()} method="get" className="form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('candidates.filters.title')}</h2>
      {occupation ? (
        <p className="candidate-filters__occupation">
          <input type="hidden" name="occupationId" value={occupation.id} />
          <span>{t('candidates.filters.occupationChosen', { name: occupation.name })}</span>{' '}
          <Link to={`?${withoutOccupation}`}>{t('candidates.filters.occupationRemove')}</Link>
        </p>
      ) : null}
      <div className="form-grid">
        <Field
          name="where"
          label="candidates.filters.where"
          hint="candidates.filters.where.hint"
          defaultValue={value('where')}
          error={errors.where}
          list={`${id}-places`}
          autoComplete="off"
          onChange={(e) => places.onQuery(e.currentTarget.value)}
        />
        <datalist id={`${id}-places`}>
          {places.items.map((place) => (
            <option key={place.value} value={place.value} label={place.label} />
          ))}
        </datalist>
        <SelectField
          name="radius"
          label="candidates.filters.radius"
          defaultValue={value('radius') || String(DEFAULT_RADIUS)}
          error={errors.radius}
          options={RADII.map((km) => ({ value: String(km), label: t('search.radius.option', { km }) }))}
        />
        <SelectField
          name="german"
          label="candidates.filters.german"
          defaultValue={value('german')}
          error={errors.german}
          options={[{ value: '', label: t('candidates.filters.german.any') }, ...MIN_GERMAN_VALUES.map((level) => ({ value: level, label: t(`germanLevel.${level}`) }))]}
        />
        <Field name="available" type="date" label="candidates.filters.available" hint="candidates.filters.available.hint" defaultValue={value('available')} error={errors.available} />
      </div>
      <SelectField
        name="listing"
        label="candidates.filters.listing"
        hint="candidates.filters.listing.hint"
        defaultValue={value('listing')}
        error={errors.listing}
        options={[{ value: '', label: t('candidates.filters.listing.none') }, ...listings.map((l) => ({ value: String(l.id), label: `${l.title} (${l.placeName})` }))]}
      />
      <CheckboxField name="recommended" value="1" label="candidates.filters.recommended" defaultChecked={value('recommended') === '1'} />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('candidates.filters.submit')}
        </button>
        <Link to="/employer/candidates">{t('candidates.filters.reset')}</Link>
      </div>
    </Form>
  )
}
