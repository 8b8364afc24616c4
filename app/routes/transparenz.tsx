import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import moderationStyles from '~/components/moderation/moderation.css?url'
import { HalfYearReport } from '~/components/moderation/half-year-report'
import { useT } from '~/i18n'
import { transparencyFigures } from '~/modules/moderation/transparency.server'
import { pageMeta } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: moderationStyles }]
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'moderation.transparency.title', 'moderation.transparency.description', { titleSuffix: ' – Passgenau' })

/** DSA Art. 15 and 24: what was reported and decided, each half-year, counted from the database on every request. */
export async function loader(_args: LoaderFunctionArgs) {
  return { halves: await transparencyFigures() }
}

export default function TransparencyPage() {
  const t = useT()
  const { halves } = useLoaderData<typeof loader>()
  return (
    <section className="stack narrow">
      <h1>{t('moderation.transparency.title')}</h1>
      <p>{t('moderation.transparency.lead')}</p>
      {halves.length === 0 ? <p>{t('moderation.transparency.empty')}</p> : null}
      {halves.map((h) => (
        <HalfYearReport key={h.period} figures={h} />
      ))}
    </section>
  )
}
