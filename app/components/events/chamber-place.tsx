import { useT } from '~/i18n'
import type { ChamberPlace } from '~/modules/chambers/chamber-page.server'
import { isHarzDistrictCode } from '~/modules/reference/harz-districts'

/** A district as people name it: the dictionary's name in the Harz, the gazetteer's elsewhere. */
export function useDistrictName(): (place: Pick<ChamberPlace, 'district' | 'districtCode'>) => string {
  const t = useT()
  return (place) => (isHarzDistrictCode(place.districtCode) ? t(`district.${place.districtCode}`) : place.district)
}

/** "38855 Wernigerode, Landkreis Harz": a seat and its district. */
export function ChamberPlaceText({ place }: { place: ChamberPlace }) {
  const districtName = useDistrictName()
  return (
    <>
      {place.postalCode} {place.name}, {districtName(place)}
    </>
  )
}
