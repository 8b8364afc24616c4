import { useLang, useT } from '~/i18n'
import type { PublicListing } from '~/modules/listings/detail.server'
import { occupationFieldTitle } from '~/modules/reference/occupation-fields-en'
import { germanContent } from '~/components/german-content'
import { formatCount, formatDate, formatStart } from '~/utils/format'
import { PayDetails } from './pay-details'

export interface SearchedDistance {
  km: number
  from: string
}

/** The listing's facts as a description list: what, where, when, how much, until when. */
export function ListingFacts({ listing, distance, now }: { listing: PublicListing; distance: SearchedDistance | null; now: string }) {
  const t = useT()
  const lang = useLang()
  const { occupation, place } = listing
  const isTraining = listing.offerType === 'ausbildung'
  return (
    <dl className="fact-list">
      <Fact label={t('listing.offerType')}>{t(`offerType.${listing.offerType}`)}</Fact>
      <Fact label={t('listingPage.occupation')}>
        <span {...germanContent(lang)}>{occupation.name}</span>
        {occupation.isCrafts ? <span className="badge badge--crafts">{t('listingPage.crafts')}</span> : null}
      </Fact>
      {isTraining && occupation.durationMonths ? (
        <Fact label={t('listingPage.duration')}>
          {t('listingPage.durationYears', { years: formatCount(lang, occupation.durationMonths / 12) })}
        </Fact>
      ) : null}
      {occupation.fieldTitle ? (
        <Fact label={t('listingPage.field')}>
          {/* English names exist; in the other languages the German title shows, marked as German. */}
          <span {...(lang === 'en' ? {} : germanContent(lang))}>{occupationFieldTitle(lang, occupation.fieldCode, occupation.fieldTitle)}</span>
        </Fact>
      ) : null}
      <Fact label={t('listingPage.workplace')}>
        {place.postalCode} {place.name}, {place.district}, {place.state}
        {distance ? (
          <span className="fact-list__extra">
            {t('listingPage.distance', { km: formatCount(lang, distance.km), place: distance.from })}
          </span>
        ) : null}
      </Fact>
      <Fact label={t('listingPage.workingTime')}>{t(`workingTime.${listing.workingTime}`)}</Fact>
      <Fact label={t('listing.start')}>{formatStart(lang, listing.startDate, now)}</Fact>
      <Fact label={t('listingPage.places')}>{formatCount(lang, listing.placesCount)}</Fact>
      <Fact label={t('listing.pay')}>
        <PayDetails pay={listing.pay} offerType={listing.offerType} />
      </Fact>
      {listing.applicationDeadline ? (
        <Fact label={t('listingPage.deadline')}>
          <time dateTime={listing.applicationDeadline}>{formatDate(lang, listing.applicationDeadline)}</time>
        </Fact>
      ) : null}
      {listing.contactName ? <Fact label={t('listingPage.contact')}>{listing.contactName}</Fact> : null}
      <Fact label={t('listing.published')}>
        <time dateTime={listing.publishedAt}>{formatDate(lang, listing.publishedAt)}</time>
      </Fact>
    </dl>
  )
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="fact-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
