import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { LegalPage, LegalSection } from '~/components/legal-page'
import { OperatorContact } from '~/components/operator-contact'
import { useT } from '~/i18n'
import { getOperator } from '~/modules/legal/operator.server'
import { pageMeta } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, 'imprint.meta.title', 'imprint.meta.description')

export function loader() {
  return { operator: getOperator() }
}

export default function Impressum() {
  const { operator } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <LegalPage isLegallyBinding title={t('imprint.title')}>
      <LegalSection id="provider" title={t('imprint.provider')}>
        <OperatorContact operator={operator} />
      </LegalSection>
      <LegalSection id="represented" title={t('imprint.representedBy')}>
        <p>{operator.representative}</p>
      </LegalSection>
      <LegalSection id="responsible" title={t('imprint.responsible')}>
        <p>
          {operator.representative}
          <br />
          {operator.address}
        </p>
      </LegalSection>
      <LegalSection id="content" title={t('imprint.content.title')} body={t('imprint.content.body')} />
      <LegalSection id="dispute" title={t('imprint.dispute.title')} body={t('imprint.dispute.body')} />
    </LegalPage>
  )
}
