import { ApplyAction } from '~/components/applications/apply-action'
import { BookmarkForm } from '~/components/seeker/bookmark-form'
import { MatchBox } from '~/components/seeker/match-box'
import type { ReplyStats } from '~/modules/applications/reply-deadlines.server'
import type { PublicListing } from '~/modules/listings/detail.server'
import type { SeekerListingContext } from '~/modules/seekers/listing-context.server'

interface Props {
  listing: Pick<PublicListing, 'id' | 'path' | 'title'>
  replyStats?: ReplyStats | null
  /** For a signed-in seeker: the match and the bookmark; null for everyone else. */
  seeker?: SeekerListingContext | null
}

/** Where applying, bookmarking and (for seekers) the match go on a listing page. */
export function ListingActions({ listing, replyStats, seeker }: Props) {
  return (
    <>
      <ApplyAction listingId={listing.id} replyStats={replyStats} />
      <BookmarkForm listingId={listing.id} isBookmarked={seeker?.isBookmarked ?? false} />
      {seeker ? <MatchBox match={seeker.match} /> : null}
    </>
  )
}
