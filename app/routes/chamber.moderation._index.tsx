import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import moderationStyles from '~/components/moderation/moderation.css?url'
import { QueueList } from '~/components/moderation/queue-list'
import { QueueSummary } from '~/components/moderation/queue-summary'
import { translate, useT } from '~/i18n'
import { requireChamberStaff } from '~/http/guards.server'
import { listQueue } from '~/modules/moderation/queue.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: moderationStyles }]
export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'moderation.chamberQueue.title')} – Passgenau` }]

// Chamber staff see reports about their chamber's verified member businesses only.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  return { chamber: m.organizationName, cases: await listQueue({ userId: m.user.id, chamberId: m.organizationId }), now: new Date().toISOString() }
}

export default function ChamberQueue() {
  const t = useT()
  const { chamber, cases, now } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <h1>{t('moderation.chamberQueue.title')}</h1>
      <p>{t('moderation.chamberQueue.lead', { chamber })}</p>
      <QueueSummary cases={cases} now={now} />
      <QueueList cases={cases} basePath="/chamber/moderation" now={now} />
    </section>
  )
}
