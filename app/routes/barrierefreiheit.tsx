import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { LegalPage, LegalSection } from '~/components/legal-page'
import { OperatorContact } from '~/components/operator-contact'
import { useT } from '~/i18n'
import { getOperator } from '~/modules/legal/operator.server'
import { pageMeta } from '~/utils/meta'

const SECTIONS = ['status', 'limits', 'method'] as const

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'a11y.meta.title', 'a11y.meta.description')

export function loader() {
  const { name, address, email, phone } = getOperator()
  return { operator: { name, address, email, phone } }
}

export default function Barrierefreiheit() {
  const { operator } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <LegalPage isLegallyBinding title={t('a11y.title')} intro={t('a11y.intro')} updated={t('a11y.updatedDate')}>
      {SECTIONS.map((id) => (
        <LegalSection key={id} id={id} title={t(`a11y.${id}.title`)} body={t(`a11y.${id}.body`)} />
      ))}
      <LegalSection id="feedback" title={t('a11y.feedback.title')} body={t('a11y.feedback.body')}>
        <OperatorContact operator={operator} />
      </LegalSection>
      <LegalSection id="enforcement" title={t('a11y.enforcement.title')} body={t('a11y.enforcement.body')} />
    </LegalPage>
  )
}
