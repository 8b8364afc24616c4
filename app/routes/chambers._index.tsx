import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import eventStyles from '~/components/events/events.css?url'
import { ChamberPlaceText } from '~/components/events/chamber-place'
import { useLang, useT } from '~/i18n'
import { listChambers } from '~/modules/chambers/chamber-page.server'
import { getEnv } from '~/utils/env.server'
import { formatCount, pluralKey } from '~/utils/format'
import { pageMeta } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: eventStyles }]

export async function loader(_args: LoaderFunctionArgs) {
  return { chambers: await listChambers(), canonical: new URL('/chambers', getEnv().APP_ORIGIN).toString() }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, 'events.chambers.title', 'events.chambers.description', { titleSuffix: ' – Passgenau', canonical: data?.canonical })

export default function Chambers() {
  const t = useT()
  const lang = useLang()
  const { chambers } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <header>
        <h1>{t('events.chambers.title')}</h1>
        <p className="lead">{t('events.chambers.lead')}</p>
      </header>
      {chambers.length > 0 ? (
        <ul className="card-grid chamber-list">
          {chambers.map((chamber) => (
            <li key={chamber.slug}>
              <article className="chamber-card">
                <h2 className="chamber-card__title">
                  <Link to={chamber.path}>{chamber.name}</Link>
                </h2>
                {chamber.place ? (
                  <p>
                    <ChamberPlaceText place={chamber.place} />
                  </p>
                ) : null}
                <p className="muted">
                  {t(pluralKey(lang, chamber.memberCount, { one: 'events.chambers.members.one', other: 'events.chambers.members.other' }), {
                    count: formatCount(lang, chamber.memberCount),
                  })}
                </p>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('events.chambers.empty')}</p>
      )}
    </section>
  )
}
