import type { PublicListing } from '~/modules/listings/detail.server'

/**
 * Where applying and bookmarking go. Both flows arrive with the seekers' feature; until then the
 * page offers no button, because a button that leads nowhere is worse than none.
 */
export function ListingActions(_props: { listing: Pick<PublicListing, 'id' | 'path' | 'title'> }) {
  return null
}
