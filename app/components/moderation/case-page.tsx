import { Link } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import { useT } from '~/i18n'
import type { FormState } from '~/utils/action-data'
import { CaseView, type CaseData } from './case-view'

/** A case page as admins and chamber staff see it; what differs is where "back" leads and who may suspend. */
export function CasePage({ data, state, backTo, canSuspend, companyLink }: { data: CaseData; state?: FormState; backTo: string; canSuspend: boolean; companyLink?: string }) {
  const t = useT()
  return (
    <section className="stack">
      <p>
        <Link to={backTo}>{t('moderation.queue.back')}</Link>
      </p>
      <h1>
        {t('moderation.case.title')}: {data.reports[data.reports.length - 1].snapshot.title}
      </h1>
      {state?.ok ? <FormMessage success={t('moderation.decide.done')} /> : null}
      <CaseView data={data} state={state?.ok ? undefined : state} canSuspend={canSuspend} companyLink={companyLink} />
    </section>
  )
}
