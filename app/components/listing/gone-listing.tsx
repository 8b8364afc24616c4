import { Link } from '@remix-run/react'
import { useT } from '~/i18n'
import type { GoneListing } from '~/modules/listings/detail.server'
import type { ListingCardData } from '../listing-card'
import { ListingGrid } from './listing-grid'

/** The page of a closed or expired listing (status 410): what it was, and where to look instead. */
export function GoneListingView({ listing, similar, now }: { listing: GoneListing; similar: ListingCardData[]; now: string }) {
  const t = useT()
  return (
    <article className="listing-page">
      <header className="listing-page__header">
        <h1>{t('gone.title')}</h1>
        <p className="lead">{t('gone.text', { title: listing.title, company: listing.companyName, place: listing.placeName })}</p>
      </header>
      <section className="listing-section" aria-labelledby="similar-title">
        <h2 id="similar-title">{t('gone.similar')}</h2>
        {similar.length > 0 ? <ListingGrid listings={similar} now={now} /> : <p className="empty">{t('gone.noSimilar')}</p>}
      </section>
      <p>
        <Link to="/jobs" className="button button--primary">
          {t('gone.search')}
        </Link>
      </p>
    </article>
  )
}
