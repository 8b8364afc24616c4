import { useT } from '~/i18n'
import type { PublicListing } from '~/modules/listings/detail.server'

type Requirements = Pick<PublicListing, 'minCertificate' | 'minGerman' | 'needsDrivingLicence'>

/** What an applicant needs: school certificate, German, driving licence – each stated, even when "none". */
export function ListingRequirements({ listing }: { listing: Requirements }) {
  const t = useT()
  const certificate =
    listing.minCertificate === 'none'
      ? t('listingPage.req.certificateNone')
      : t('listingPage.req.certificateMin', { certificate: t(`certificate.${listing.minCertificate}`) })
  const german =
    listing.minGerman === 'none' ? t('germanLevel.none') : t('listingPage.req.germanMin', { level: t(`germanLevel.${listing.minGerman}`) })
  return (
    <dl className="fact-list">
      <div className="fact-list__row">
        <dt>{t('listingPage.req.certificate')}</dt>
        <dd>{certificate}</dd>
      </div>
      <div className="fact-list__row">
        <dt>{t('listingPage.req.german')}</dt>
        <dd>{german}</dd>
      </div>
      <div className="fact-list__row">
        <dt>{t('listingPage.req.licence')}</dt>
        <dd>{listing.needsDrivingLicence ? t('listingPage.req.licenceNeeded') : t('listingPage.req.licenceNotNeeded')}</dd>
      </div>
    </dl>
  )
}

type Offer = Pick<PublicListing, 'benefits' | 'isSuitableForRefugees' | 'hasRecognitionSupport' | 'workplaceLanguages' | 'supportsGermanCourse'>

/** Benefits and help for newcomers; renders nothing when the listing offers neither. */
export function ListingBenefits({ listing }: { listing: Offer }) {
  const t = useT()
  const hasSupport =
    listing.isSuitableForRefugees || listing.hasRecognitionSupport || listing.supportsGermanCourse || listing.workplaceLanguages.length > 0
  return (
    <>
      {listing.benefits.length > 0 ? (
        <section className="listing-section" aria-labelledby="benefits-title">
          <h2 id="benefits-title">{t('listingPage.benefits')}</h2>
          <ul className="check-list">
            {listing.benefits.map((benefit) => (
              <li key={benefit}>{t(`benefit.${benefit}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {hasSupport ? (
        <section className="listing-section" aria-labelledby="support-title">
          <h2 id="support-title">{t('listingPage.support')}</h2>
          <ul className="check-list">
            {listing.isSuitableForRefugees ? <li>{t('listingPage.support.refugees')}</li> : null}
            {listing.hasRecognitionSupport ? <li>{t('listingPage.support.recognition')}</li> : null}
            {listing.supportsGermanCourse ? <li>{t('listingPage.support.germanCourse')}</li> : null}
            {listing.workplaceLanguages.length > 0 ? (
              <li>{t('listingPage.support.workplaceLanguages', { languages: listing.workplaceLanguages.map((code) => t(`language.${code}`)).join(', ') })}</li>
            ) : null}
          </ul>
        </section>
      ) : null}
    </>
  )
}
