import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { ApplicantDetails } from '~/components/applications/applicant-details'
import { ApplicationsNotice } from '~/components/applications/applications-notice'
import applicationStyles from '~/components/applications/applications.css?url'
import { ApplicationStatusBadge, OverdueBadge } from '~/components/applications/status-badge'
import { StatusForm } from '~/components/applications/status-form'
import { TextForm } from '~/components/applications/text-form'
import { Timeline } from '~/components/applications/timeline'
import { ReferralOfferedNotice } from '~/components/counselling/referral-offered-notice'
import { RejectionForm } from '~/components/counselling/rejection-form'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { translate, useLang, useT } from '~/i18n'
import { MessageForm, RejectForm, StatusForm as StatusSchema } from '~/modules/applications/applications.schema'
import { addInternalNote, changeApplicationStatus, sendCompanyMessage } from '~/modules/applications/pipeline-actions.server'
import { getApplicationForEmployer } from '~/modules/applications/pipeline.server'
import { rejectApplication } from '~/modules/counselling/rejection.server'
import { requireCompanyMember } from '~/http/guards.server'
import { PassOnChoice } from '~/modules/counselling/counselling.schema'
import { listVerifiedChambers } from '~/modules/counselling/referrals.server'
import type { FormState } from '~/utils/action-data'
import { checkWith } from '~/utils/form-check'
import { formatDate } from '~/utils/format'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: applicationStyles },
]

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const lang = langFromMatches(matches)
  return [{ title: `${data?.application.applicant?.name ?? translate(lang, 'applications.pipeline.all')} – Passgenau` }]
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const application = await getApplicationForEmployer({ organizationId: m.organizationId, applicationId: params.id ?? '' })
  // Only a verified member may pass a rejected applicant on to its chamber's other members.
  const chambers = application.targets.includes('rejected') ? await listVerifiedChambers(m.organizationId) : []
  return { application, companyName: m.organizationName, chambers }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const scope = { organizationId: m.organizationId, applicationId: params.id ?? '', actorId: m.user.id }
  const here = `/employer/applications/${scope.applicationId}`
  const text = form.get('text') ?? ''
  // Parsed here, refused by the module after its ownership check (another company's application is a 404).
  switch (intent) {
    case 'status':
      await changeApplicationStatus({ ...scope, input: checkWith(StatusSchema, { status: form.get('status'), text }) })
      return redirect(`${here}?done=status`)
    case 'reject': {
      const referral = checkWith(PassOnChoice, { referralChamberId: form.get('referralChamberId') ?? '' })
      const { isReferralOffered } = await rejectApplication({ ...scope, input: checkWith(RejectForm, { text }), referral })
      return redirect(`${here}?done=rejected${isReferralOffered ? '&referral=offered' : ''}`)
    }
    case 'message':
      await sendCompanyMessage({ ...scope, input: checkWith(MessageForm, { text }) })
      return redirect(`${here}?done=message`)
    case 'note':
      await addInternalNote({ ...scope, input: checkWith(MessageForm, { text }) })
      return redirect(`${here}?done=note`)
    default:
      throw new Response('Bad Request', { status: 400 })
  }
}

export default function EmployerApplication() {
  const t = useT()
  const lang = useLang()
  const { application: a, companyName, chambers } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string }>()
  const stateOf = (intent: string) => (result?.intent === intent ? result : undefined)
  const isWaiting = ['received', 'in_review', 'interview'].includes(a.status)
  return (
    <section className="stack">
      <p>
        <Link to={`/employer/listings/${a.listingId}/applications`}>{t('applications.employer.back')}</Link>
      </p>
      <h1>{a.applicant?.name ?? t('applications.pipeline.erased')}</h1>
      <p className="lead">{t('applications.employer.lead', { title: a.listingTitle, date: formatDate(lang, a.createdAt) })}</p>
      <ApplicationsNotice />
      <ReferralOfferedNotice />
      <p className="inline">
        <ApplicationStatusBadge status={a.status} />
        {a.isOverdue ? <OverdueBadge /> : null}
        {isWaiting && a.daysWaiting > 0 ? <span>{t('applications.employer.waiting', { days: a.daysWaiting })}</span> : null}
      </p>
      <div className="case-layout">
        <div className="case-layout__main stack">
          {a.applicant ? <p className="applicant-language">{t('languages.applicant', { language: t(`language.${a.seekerLang}`) })}</p> : null}
          {a.applicant ? (
            <ApplicantDetails applicationId={a.id} applicant={a.applicant} facts={a.facts} documents={a.documents} coverLetter={a.coverLetter} />
          ) : (
            <p className="alert alert--info">{t('applications.pipeline.erased.text')}</p>
          )}
          <section className="app-section" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('applications.timeline.title')}</h2>
            <Timeline entries={a.timeline} audience="company" companyName={companyName} />
          </section>
        </div>
        {/* The actions beside the person on wide screens, after them on phones: one column to read, one to act. */}
        <div className="case-layout__actions stack">
          <StatusForm status={a.status} targets={a.targets} state={stateOf('status')} />
          {a.applicant && a.status !== 'withdrawn' ? (
            <TextForm
              intent="message"
              title="applications.employer.messageTitle"
              label="applications.message.label"
              hint="applications.message.toApplicant.hint"
              submit="applications.message.send"
              state={stateOf('message')}
            />
          ) : null}
          <TextForm
            intent="note"
            title="applications.employer.noteTitle"
            label="applications.employer.note"
            hint="applications.employer.note.hint"
            submit="applications.employer.addNote"
            state={stateOf('note')}
          />
          {a.targets.includes('rejected') ? (
            <RejectionForm
              chambers={chambers}
              defaultText={a.rejectionTemplate}
              hintText={t('applications.reject.hint', { lang: t(`language.${a.seekerLang}`) })}
              state={stateOf('reject')}
            />
          ) : null}
        </div>
      </div>
    </section>
  )
}
