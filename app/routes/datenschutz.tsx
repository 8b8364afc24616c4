import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { LegalPage, LegalSection, LegalToc } from '~/components/legal-page'
import { OperatorContact } from '~/components/operator-contact'
import { useLang, useT } from '~/i18n'
import { getOperator } from '~/modules/legal/operator.server'
import { getRetentionConfig } from '~/modules/retention/config.server'
import { privacyNoticeRetention } from '~/modules/retention/retention-text'
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
  // The periods this installation enforces, so the notice states exactly what the jobs do.
  return { operator: { name, address, email, phone }, retention: getRetentionConfig() }
}

export default function Datenschutz() {
  const { operator, retention } = useLoaderData<typeof loader>()
  const t = useT()
  const lang = useLang()
  const toc = [
    { id: 'controller', title: t('privacy.controller.title') },
    ...SECTIONS.map((id) => ({ id, title: t(`privacy.${id}.title`) })),
  ]
  return (
    <LegalPage isLegallyBinding title={t('privacy.title')} intro={t('privacy.intro')} updated={t('privacy.updatedDate')}>
      <LegalToc items={toc} />
      <LegalSection id="controller" title={t('privacy.controller.title')} body={t('privacy.controller.body')}>
        <OperatorContact operator={operator} />
      </LegalSection>
      {SECTIONS.map((id) => (
        <LegalSection
          key={id}
          id={id}
          title={t(`privacy.${id}.title`)}
          body={id === 'retention' ? privacyNoticeRetention(lang, retention) : t(`privacy.${id}.body`)}
        />
      ))}
    </LegalPage>
  )
}
