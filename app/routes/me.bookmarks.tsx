import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { ListingCard } from '~/components/listing-card'
import seekerStyles from '~/components/seeker/seeker.css?url'
import { translate, useLang, useT } from '~/i18n'
import { getUser, requireSeeker } from '~/http/guards.server'
import { BookmarkChange } from '~/modules/seekers/bookmarks.schema'
import { addBookmark, listBookmarks, removeBookmark } from '~/modules/seekers/bookmarks.server'
import { formatDate } from '~/utils/format'
import { parseWith } from '~/utils/forms.server'
import { safeRedirect } from '~/utils/safe-redirect'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: seekerStyles }]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'bookmarks.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSeeker(context, request)
  return { bookmarks: await listBookmarks(user.id), now: new Date().toISOString() }
}

/** POST from a listing page or this list; answers with a redirect back to where the button was. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const back = safeRedirect(form.get('redirectTo'), '/me/bookmarks')
  // A visitor's "Save" leads to sign-in and back to the listing, as "Save search" does on /jobs.
  if (!getUser(context)) throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`)
  const user = requireSeeker(context, request)
  const { intent, listingId } = parseWith(BookmarkChange, Object.fromEntries(form))
  if (intent === 'add') await addBookmark(user.id, listingId)
  else await removeBookmark(user.id, listingId)
  return redirect(back)
}

export default function BookmarksPage() {
  const t = useT()
  const lang = useLang()
  const { bookmarks, now } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <h1>{t('bookmarks.title')}</h1>
      <p>{t('bookmarks.intro')}</p>
      {bookmarks.length === 0 ? (
        <p>
          {t('bookmarks.empty')} <Link to="/jobs">{t('alerts.toSearch')}</Link>
        </p>
      ) : (
        <ul className="card-grid">
          {bookmarks.map(({ listing, isOpen, savedAt }) => (
            <li key={listing.id}>
              <ListingCard listing={listing} now={now} headingLevel={2}>
                <p className="muted">{t('bookmarks.savedOn', { date: formatDate(lang, savedAt) })}</p>
                {!isOpen ? <p className="alert alert--info">{t('bookmarks.gone')}</p> : null}
                <Form method="post" className="card-actions">
                  <input type="hidden" name="listingId" value={listing.id} />
                  <input type="hidden" name="redirectTo" value="/me/bookmarks" />
                  <button type="submit" name="intent" value="remove" className="button button--small" aria-label={`${t('bookmarks.remove')}: ${listing.title}`}>
                    {t('bookmarks.remove')}
                  </button>
                </Form>
              </ListingCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
