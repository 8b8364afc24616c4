import { ListingCard, type ListingCardData } from '~/components/listing-card'
import { useLang, useT } from '~/i18n'
import { isHarzDistrictCode } from '~/modules/reference/harz-districts'
import type { ListingHit, ResolvedPlace } from '~/modules/search/search-types'
import { formatNumber } from '~/i18n'
import { roundDistanceKm } from '~/utils/geo'

function toCard(hit: ListingHit): ListingCardData {
  return {
    id: hit.id,
    title: hit.title,
    offerType: hit.offerType,
    companyName: hit.company.name,
    placeName: hit.place,
    districtCode: hit.districtCode,
    districtName: hit.district,
    isHarzDistrict: isHarzDistrictCode(hit.districtCode),
    startDate: hit.startDate,
    publishedAt: hit.publishedAt,
    payPeriod: hit.payPeriod,
    payMin: hit.payMin,
    payMax: hit.payMax,
    trainingAllowances: hit.trainingAllowances,
  }
}

/** The hits as cards, each with its distance from the searched place and its badges. */
export function ResultList({ hits, place, now }: { hits: ListingHit[]; place: ResolvedPlace | null; now: string }) {
  const t = useT()
  const lang = useLang()
  return (
    <ul className="card-grid results__list">
      {hits.map((hit) => {
        const distance =
          place && hit.distanceKm !== null
            ? t('search.distance', { km: formatNumber(lang, roundDistanceKm(hit.distanceKm)), place: place.name })
            : undefined
        const memberOf = hit.company.memberOf.map((chamber) => t('chambers.badge.memberOf', { chamber }))
        const badges = [
          ...memberOf,
          ...(hit.badges.verified && memberOf.length === 0 ? [t('search.badge.verified')] : []),
          ...(hit.badges.refugees ? [t('search.badge.refugees')] : []),
          ...hit.badges.benefits.map((benefit) => t(`benefit.${benefit}`)),
        ]
        return (
          <li key={hit.id}>
            <ListingCard listing={toCard(hit)} now={now} distance={distance}>
              {hit.isFeatured ? (
                <p className="featured-label">
                  <span className="badge badge--featured">{t('chambers.featured.label')}</span>
                </p>
              ) : null}
              {badges.length > 0 ? (
                <ul className="result-badges" aria-label={t('search.badges')}>
                  {badges.map((badge) => (
                    <li key={badge}>{badge}</li>
                  ))}
                </ul>
              ) : null}
            </ListingCard>
          </li>
        )
      })}
    </ul>
  )
}
