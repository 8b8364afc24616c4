import { Link, useRouteLoaderData } from '@remix-run/react'
import { useT } from '~/i18n'
import type { ReplyStats } from '~/modules/applications/reply-deadlines.server'
import { ReplyTime } from './reply-time'

/**
 * The listing page's way to apply. Visitors are sent to sign in on the way (the apply page asks);
 * employer, chamber and admin accounts cannot apply, so they get no button.
 */
export function ApplyAction({ listingId, replyStats }: { listingId: number; replyStats?: ReplyStats | null }) {
  const t = useT()
  const root = useRouteLoaderData<{ user: { role: string } | null }>('root')
  const role = root?.user?.role
  return (
    <div className="stack">
      {!role || role === 'seeker' ? (
        <Link to={`/jobs/${listingId}/apply`} className="button button--primary">
          {t('applications.apply.button')}
        </Link>
      ) : null}
      {replyStats ? <ReplyTime stats={replyStats} /> : null}
    </div>
  )
}
