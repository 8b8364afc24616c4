import { useT } from '~/i18n'
import type { FeaturedListing } from '~/modules/listings/home.server'
import { ListingCard } from '../listing-card'

/** The home page's "Hervorgehoben" block: listings chambers feature today; nothing when there are none. */
export function FeaturedListings({ listings, now }: { listings: FeaturedListing[]; now: string }) {
  const t = useT()
  if (listings.length === 0) return null
  return (
    <section className="home-section" aria-labelledby="featured-title">
      <h2 id="featured-title">{t('chambers.home.title')}</h2>
      <p className="section-lead">{t('chambers.home.lead')}</p>
      <ul className="card-grid">
        {listings.map((listing) => (
          <li key={listing.id}>
            <ListingCard listing={listing} now={now}>
              <p className="featured-note">{t('chambers.featured.by', { chamber: listing.chamberName })}</p>
            </ListingCard>
          </li>
        ))}
      </ul>
    </section>
  )
}
