import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { LegalPage, LegalSection, LegalToc } from '~/components/legal-page'
import { OperatorContact } from '~/components/operator-contact'
import { useT } from '~/i18n'
import { getOperator } from '~/modules/legal/operator.server'
import { pageMeta } from '~/utils/meta'

const SECTIONS = [
  'visit',
  'cookies',
  'account',
  'applications',
  'employers',
  'emails',
  'recipients',
  'retention',
  'rights',
  'complaint',
  'automated',
  'obligation',
  'security',
] as const

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'privacy.meta.title', 'privacy.meta.description')

export function loader() {
  const { name, address, email, phone } = getOperator()
  return { operator: { name, address, email, phone } }
}

export default function Datenschutz() {
  const { operator } = useLoaderData<typeof loader>()
  const t = useT()
  const toc = [
    { id: 'controller', title: t('privacy.controller.title') },
    ...SECTIONS.map((id) => ({ id, title: t(`privacy.${id}.title`) })),
  ]
  return (
    <LegalPage title={t('privacy.title')} intro={t('privacy.intro')} updated={t('privacy.updatedDate')}>
      <LegalToc items={toc} />
      <LegalSection id="controller" title={t('privacy.controller.title')} body={t('privacy.controller.body')}>
        <OperatorContact operator={operator} />
      </LegalSection>
      {SECTIONS.map((id) => (
        <LegalSection key={id} id={id} title={t(`privacy.${id}.title`)} body={t(`privacy.${id}.body`)} />
      ))}
    </LegalPage>
  )
}
