import { ListingCard, type ListingCardData } from '../listing-card'

/** Listing cards in the responsive grid the home page uses. */
export function ListingGrid({ listings, now }: { listings: ListingCardData[]; now: string }) {
  return (
    <ul className="card-grid">
      {listings.map((listing) => (
        <li key={listing.id}>
          <ListingCard listing={listing} now={now} />
        </li>
      ))}
    </ul>
  )
}
