import { useLang, useT } from '~/i18n'
import type { CurrentCampaign } from '~/modules/chambers/campaigns.server'
import { formatDate } from '~/utils/format'
import { ListingCard, type ListingCardData } from '../listing-card'

/** The chamber's campaigns running today; nothing when there are none. */
export function CampaignList({ campaigns }: { campaigns: CurrentCampaign[] }) {
  const t = useT()
  const lang = useLang()
  if (campaigns.length === 0) return null
  return (
    <section className="listing-section" aria-labelledby="chamber-campaigns">
      <h2 id="chamber-campaigns">{t('events.chamberPage.campaigns')}</h2>
      <ul className="campaign-list">
        {campaigns.map((campaign) => (
          <li key={campaign.id} className="campaign">
            <h3 className="campaign__title">{campaign.title}</h3>
            <p className="campaign__period">
              {t('events.campaign.period', { from: formatDate(lang, campaign.startsOn), to: formatDate(lang, campaign.endsOn) })}
            </p>
            <div className="rich-text" dangerouslySetInnerHTML={{ __html: campaign.descriptionHtml }} />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Listings the chamber features today, each marked "hervorgehoben"; nothing when there are none. */
export function FeaturedListings({ listings, now }: { listings: ListingCardData[]; now: string }) {
  const t = useT()
  if (listings.length === 0) return null
  return (
    <section className="listing-section" aria-labelledby="chamber-featured">
      <h2 id="chamber-featured">{t('events.chamberPage.featured')}</h2>
      <ul className="card-grid">
        {listings.map((listing) => (
          <li key={listing.id}>
            <ListingCard listing={listing} now={now}>
              <p className="featured-mark">
                <span className="badge badge--featured">{t('events.chamberPage.featuredBadge')}</span>
              </p>
            </ListingCard>
          </li>
        ))}
      </ul>
    </section>
  )
}
