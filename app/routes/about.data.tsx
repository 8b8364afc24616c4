import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { LegalPage, LegalSection } from '~/components/legal-page'
import { useT } from '~/i18n'
import { getAttributionLines } from '~/modules/reference/attribution.server'
import { pageMeta } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'data.meta.title', 'data.meta.description')

export function loader() {
  return { lines: getAttributionLines() }
}

export default function AboutData() {
  const { lines } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <LegalPage title={t('data.title')} intro={t('data.intro')}>
      <LegalSection id="attribution" title={t('data.attribution.title')}>
        <ul className="attribution">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{t('data.modified')}</p>
      </LegalSection>
    </LegalPage>
  )
}
