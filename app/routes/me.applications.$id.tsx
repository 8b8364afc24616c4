import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { ApplicationsNotice } from '~/components/applications/applications-notice'
import applicationStyles from '~/components/applications/applications.css?url'
import { ApplicationStatusBadge } from '~/components/applications/status-badge'
import { TextForm } from '~/components/applications/text-form'
import { Timeline } from '~/components/applications/timeline'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { translate, useLang, useT } from '~/i18n'
import { MessageForm, WithdrawForm } from '~/modules/applications/applications.schema'
import { getMyApplication, sendSeekerMessage, withdrawApplication } from '~/modules/applications/seeker-applications.server'
import { requireSeeker } from '~/http/guards.server'
import type { FormState } from '~/utils/action-data'
import { checkWith } from '~/utils/form-check'
import { formatDate } from '~/utils/format'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: applicationStyles },
]

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: `${data?.application.listingTitle ?? translate(langFromMatches(matches), 'applications.mine.title')} – Passgenau` },
]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = requireSeeker(context, request)
  return { application: await getMyApplication({ applicationId: params.id ?? '', seekerId: user.id }) }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireSeeker(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const scope = { applicationId: params.id ?? '', seekerId: user.id }
  const here = `/me/applications/${scope.applicationId}`
  switch (intent) {
    case 'message':
      await sendSeekerMessage({ ...scope, input: checkWith(MessageForm, { text: form.get('text') ?? '' }) })
      return redirect(`${here}?done=message`)
    case 'withdraw':
      await withdrawApplication({ ...scope, input: checkWith(WithdrawForm, { reason: form.get('reason') ?? '' }) })
      return redirect(`${here}?done=withdrawn`)
    default:
      throw new Response('Bad Request', { status: 400 })
  }
}

export default function MyApplication() {
  const t = useT()
  const lang = useLang()
  const { application: a } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string }>()
  const stateOf = (intent: string) => (result?.intent === intent ? result : undefined)
  return (
    <section className="stack">
      <p>
        <Link to="/me/applications">{t('applications.mine.back')}</Link>
      </p>
      <h1>{a.listingTitle}</h1>
      <p className="lead">
        {a.companyName} · {a.placeName}
      </p>
      <ApplicationsNotice />
      <p className="inline">
        <ApplicationStatusBadge status={a.status} />
        <span>{t('applications.mine.appliedOn', { date: formatDate(lang, a.createdAt) })}</span>
        <Link to={a.listingPath}>{t('applications.mine.openListing')}</Link>
      </p>
      <section className="app-section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('applications.timeline.title')}</h2>
        <Timeline entries={a.timeline} audience="seeker" companyName={a.companyName} />
      </section>
      {a.canMessage ? (
        <TextForm
          intent="message"
          title="applications.message.title"
          label="applications.message.label"
          hint="applications.message.toCompany.hint"
          submit="applications.message.send"
          state={stateOf('message')}
        />
      ) : null}
      <section className="app-section" aria-labelledby="sent-title">
        <h2 id="sent-title">{t('applications.mine.sent')}</h2>
        <h3>{t('applications.employer.coverLetter')}</h3>
        {a.coverLetter ? <p className="cover-letter">{a.coverLetter}</p> : <p className="muted">{t('applications.coverLetter.none')}</p>}
        <h3>{t('applications.documents.sent')}</h3>
        {a.documents.length ? (
          <ul className="plain-list">
            {a.documents.map((d) => (
              <li key={d.id}>
                {d.originalName} <span className="muted">({t(`documents.kind.${d.kind}`)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('applications.documents.noneSent')}</p>
        )}
      </section>
      {a.canWithdraw ? (
        <TextForm
          intent="withdraw"
          name="reason"
          title="applications.withdraw.title"
          label="applications.withdraw.reason"
          hint="applications.withdraw.hint"
          submit="applications.withdraw.submit"
          state={stateOf('withdraw')}
          maxLength={1000}
          required={false}
          danger
        />
      ) : null}
    </section>
  )
}
