import { OFFER_TYPES } from '../../../values/listings'

/* The filter of the chamber's places dashboard, as values the filter form in the browser may use too. */

export const PLACES_OFFER_CHOICES = [...OFFER_TYPES, 'all'] as const
export type PlacesOfferChoice = (typeof PLACES_OFFER_CHOICES)[number]

export interface PlacesFilter {
  offerType: PlacesOfferChoice
  /** A district name as in `places.district`; null for all districts. */
  district: string | null
}

/** Training places are what chambers count first, so the dashboard opens on them. */
export const DEFAULT_PLACES_FILTER: PlacesFilter = { offerType: 'ausbildung', district: null }

/**
 * Reads the filter from a GET query. Anything unknown falls back to the default rather than failing:
 * it is a view, and a stale bookmark should still open. `districts` are the ones the form offers.
 */
export function readPlacesFilter(params: URLSearchParams, districts: readonly string[]): PlacesFilter {
  const offer = params.get('offerType')
  const district = params.get('district')
  return {
    offerType: (PLACES_OFFER_CHOICES as readonly string[]).includes(offer ?? '') ? (offer as PlacesOfferChoice) : DEFAULT_PLACES_FILTER.offerType,
    district: district && districts.includes(district) ? district : null,
  }
}

/** The query string of a filter, for the CSV link; defaults are left out. */
export function placesFilterQuery(filter: PlacesFilter): string {
  const params = new URLSearchParams()
  if (filter.offerType !== DEFAULT_PLACES_FILTER.offerType) params.set('offerType', filter.offerType)
  if (filter.district) params.set('district', filter.district)
  const query = params.toString()
  return query ? `?${query}` : ''
}
