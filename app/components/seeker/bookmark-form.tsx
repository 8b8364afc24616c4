import { Form, Link, useLocation, useRouteLoaderData } from '@remix-run/react'
import { useT } from '~/i18n'

/**
 * Save or unsave a listing. Visitors get the button too (it leads to sign-in and back); other
 * signed-in roles have no bookmarks.
 */
export function BookmarkForm({ listingId, isBookmarked }: { listingId: number; isBookmarked: boolean }) {
  const t = useT()
  const location = useLocation()
  const root = useRouteLoaderData<{ user: { role: string } | null }>('root')
  if (root?.user && root.user.role !== 'seeker') return null
  return (
    <div className="stack">
      <Form method="post" action="/me/bookmarks">
        <input type="hidden" name="listingId" value={listingId} />
        <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
        <button type="submit" name="intent" value={isBookmarked ? 'remove' : 'add'} className="button">
          {isBookmarked ? t('bookmarks.remove') : t('bookmarks.add')}
        </button>
      </Form>
      {isBookmarked ? (
        <p role="status">
          {t('bookmarks.isSaved')} · <Link to="/me/bookmarks">{t('bookmarks.toList')}</Link>
        </p>
      ) : null}
    </div>
  )
}
