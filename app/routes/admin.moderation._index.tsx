import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import moderationStyles from '~/components/moderation/moderation.css?url'
import { QueueList } from '~/components/moderation/queue-list'
import { QueueSummary } from '~/components/moderation/queue-summary'
import { translate, useT } from '~/i18n'
import { requireAdmin } from '~/http/guards.server'
import { listQueue } from '~/modules/moderation/queue.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: moderationStyles }]
export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'moderation.queue.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const admin = requireAdmin(context, request)
  return { cases: await listQueue({ userId: admin.id, chamberId: null }), now: new Date().toISOString() }
}

export default function AdminQueue() {
  const t = useT()
  const { cases, now } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <h1>{t('moderation.queue.title')}</h1>
      <QueueSummary cases={cases} now={now} />
      <QueueList cases={cases} basePath="/admin/moderation" now={now} />
    </section>
  )
}
