import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import applicationStyles from '~/components/applications/applications.css?url'
import { CandidateInvitations } from '~/components/candidates/candidate-invitations'
import { CandidateContact, CandidateMatch, CandidateProfile } from '~/components/candidates/candidate-profile'
import candidateStyles from '~/components/candidates/candidates.css?url'
import { CandidatesNotice } from '~/components/candidates/candidates-notice'
import { InviteForm } from '~/components/candidates/invite-form'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import seekerStyles from '~/components/seeker/seeker.css?url'
import { translate, useT } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { InvitationIdForm, InviteForm as InviteSchema } from '~/modules/candidates/candidates.schema'
import { inviteCandidate, withdrawInvitation } from '~/modules/candidates/invitations.server'
import { getCandidateForCompany } from '~/modules/candidates/profile.server'
import type { FormState } from '~/utils/action-data'
import { checkWith } from '~/utils/form-check'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: applicationStyles },
  { rel: 'stylesheet', href: seekerStyles },
  { rel: 'stylesheet', href: candidateStyles },
]

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const lang = langFromMatches(matches)
  const title = data ? (data.contact?.name ?? translate(lang, 'candidates.card.heading', { initial: data.candidate.initial })) : translate(lang, 'candidates.title')
  return [{ title: `${title} – Passgenau` }]
}

const ROLES = ['owner', 'recruiter'] as const

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request, [...ROLES])
  const listingId = Number(new URL(request.url).searchParams.get('listing')) || null
  return await getCandidateForCompany({ organizationId: m.organizationId, candidateId: params.id ?? '', listingId })
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const m = await requireCompanyMember(context, request, [...ROLES])
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const here = `/employer/candidates/${params.id ?? ''}`
  const scope = { organizationId: m.organizationId, actorId: m.user.id }
  const fields = Object.fromEntries(form)
  if (intent === 'invite') {
    // Refused by the module once the candidate is found to be one the company may see (else a 404).
    const { invitationId, created } = await inviteCandidate({ ...scope, candidateId: params.id ?? '', form: checkWith(InviteSchema, fields) })
    return redirect(`${here}?done=${created ? 'invited' : 'already'}&invitation=${invitationId}#invitation-${invitationId}`)
  }
  if (intent === 'withdraw') {
    await withdrawInvitation({ ...scope, ...parseWith(InvitationIdForm, fields) })
    return redirect(`${here}?done=withdrawn`)
  }
  throw new Response('Bad Request', { status: 400 })
}

export default function CandidatePage() {
  const t = useT()
  const page = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string }>()
  const { candidate, contact } = page
  return (
    <section className="stack candidates">
      <p>
        <Link to="/employer/candidates">{t('candidates.profile.back')}</Link>
      </p>
      <h1>{contact?.name ?? t('candidates.card.heading', { initial: candidate.initial })}</h1>
      <CandidatesNotice />
      {candidate.isReferred ? (
        <p>
          <span className="badge candidate-card__referred">{t('candidates.card.referred')}</span> {t('candidates.card.referred.hint')}
        </p>
      ) : null}
      <CandidateContact contact={contact} />
      <CandidateProfile page={page} />
      <CandidateMatch page={page} />
      <CandidateInvitations invitations={page.invitations} formError={result?.intent === 'withdraw' ? result.formError : undefined} />
      {page.canInvite ? (
        <InviteForm listings={page.listings} listingId={page.listingId} state={result?.intent === 'invite' ? result : undefined} />
      ) : (
        <p className="alert alert--info">{t('candidates.invite.closed')}</p>
      )}
    </section>
  )
}
