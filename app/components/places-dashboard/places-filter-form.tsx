import { Form } from '@remix-run/react'
import { useT } from '~/i18n'
import { PLACES_OFFER_CHOICES, placesFilterQuery, type PlacesFilter } from '~/modules/chambers/places-filter'

/** A plain GET form, so filtering works without JavaScript; the CSV link carries the same filter. */
export function PlacesFilterForm({ filter, districts }: { filter: PlacesFilter; districts: string[] }) {
  const t = useT()
  const query = placesFilterQuery(filter)
  return (
    <div className="places-filter">
      {/* Keyed by the filter so the selects show the chosen values after a client-side navigation. */}
      <Form method="get" key={query} className="places-filter__form" aria-label={t('places.filter.title')}>
        <div className="field">
          <label htmlFor="places-offer-type">{t('listing.offerType')}</label>
          <select id="places-offer-type" name="offerType" defaultValue={filter.offerType}>
            {PLACES_OFFER_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice === 'all' ? t('places.filter.allOffers') : t(`offerType.${choice}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="places-district">{t('places.filter.district')}</label>
          <select id="places-district" name="district" defaultValue={filter.district ?? ''}>
            <option value="">{t('places.filter.allDistricts')}</option>
            {districts.map((district) => (
              <option key={district} value={district}>
                {district}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t('places.filter.apply')}
        </button>
      </Form>
      <a href={`/chamber/places.csv${query}`} download className="places-filter__csv">
        {t('places.csv.download')}
      </a>
    </div>
  )
}
