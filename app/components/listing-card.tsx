import { Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import type { HarzDistrictCode } from '~/modules/reference/harz-districts'
import { formatPay, formatRelativeDays, formatStart, type Pay } from '~/utils/format'
import { listingPath } from '~/utils/slug'
import { germanContent } from './german-content'
import { BuildingIcon, CalendarIcon, EuroIcon, PinIcon } from './icons'
import type { OfferType } from '../../values/listings'

export interface ListingCardData extends Pay {
  id: number
  title: string
  offerType: OfferType
  companyName: string
  placeName: string
  districtCode: string
  districtName: string
  isHarzDistrict: boolean
  startDate: string
  publishedAt: string | null
}

/**
 * One listing in a list: enough to decide whether to open it. The whole card is the link's target.
 * `distance` ("12 km von Goslar") follows the place in a search around a place; `children` go last.
 */
export function ListingCard({
  listing,
  now,
  distance,
  children,
  headingLevel = 3,
}: {
  listing: ListingCardData
  now: string
  distance?: string
  children?: React.ReactNode
  /** 2 where the cards come right under the page's heading, 3 under a section's. */
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const t = useT()
  const lang = useLang()
  const district = listing.isHarzDistrict ? t(`district.${listing.districtCode as HarzDistrictCode}`) : listing.districtName
  const pay = formatPay(lang, listing) ?? t('pay.unknown')
  return (
    <article className="listing-card">
      <Heading className="listing-card__title">
        <Link to={listingPath(listing.id, listing.title)} className="listing-card__link" {...germanContent(lang)}>
          {listing.title}
        </Link>
      </Heading>
      <div className="listing-card__top">
        <span className={`badge badge--${listing.offerType}`}>{t(`offerType.${listing.offerType}`)}</span>
        {listing.publishedAt ? (
          <span className="listing-card__age">
            <span className="visually-hidden">{t('listing.published')}: </span>
            <time dateTime={listing.publishedAt}>{formatRelativeDays(lang, listing.publishedAt, now)}</time>
          </span>
        ) : null}
      </div>
      <dl className="facts">
        <Fact label={t('listing.company')} icon={<BuildingIcon />}>
          {listing.companyName}
        </Fact>
        <Fact label={t('listing.place')} icon={<PinIcon />}>
          {listing.placeName}, {district}
          {distance ? <span className="listing-card__distance"> · {distance}</span> : null}
        </Fact>
        <Fact label={t('listing.start')} icon={<CalendarIcon />} isLabelShown>
          {formatStart(lang, listing.startDate, now)}
        </Fact>
        <Fact label={t('listing.pay')} icon={<EuroIcon />}>
          {pay}
        </Fact>
      </dl>
      {children}
    </article>
  )
}

/** The icon says what most facts are; a date is ambiguous, so its label can be shown as well. */
function Fact({
  label,
  icon,
  isLabelShown = false,
  children,
}: {
  label: string
  icon: React.ReactNode
  isLabelShown?: boolean
  children: React.ReactNode
}) {
  return (
    <div className="facts__row">
      <dt className="visually-hidden">{label}</dt>
      <dd>
        {icon}
        <span>
          {isLabelShown ? <span className="facts__label" aria-hidden="true">{`${label}: `}</span> : null}
          {children}
        </span>
      </dd>
    </div>
  )
}
