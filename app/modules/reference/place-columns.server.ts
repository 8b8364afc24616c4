import { places } from '../../../db/schema'

/** Where something is, as pages, search documents and distances need it; for a select joined with `places`. */
export const placeColumns = {
  name: places.name,
  postalCode: places.postalCode,
  district: places.district,
  districtCode: places.districtCode,
  state: places.state,
  lat: places.lat,
  lng: places.lng,
}
